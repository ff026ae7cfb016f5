-- Spring Modulith's event publication registry (JPA): a domain event is stored here in the transaction that
-- published it, once per listener, and removed when that listener has completed. What remains is what a listener has
-- not finished (it failed, or the node stopped): IncompleteEventPublications publishes it again. A platform table:
-- the events name their tenant, and the listeners open it themselves; no row-level security, and only the
-- application reaches it.
create table event_publication (
    id               uuid        not null primary key,
    listener_id      text        not null,
    event_type       text        not null,
    serialized_event text        not null,
    publication_date timestamptz not null,
    completion_date  timestamptz
);
-- The registry finds a publication by its serialized event when the listener completes.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

grant select, insert, update, delete on event_publication to ${app_role};
