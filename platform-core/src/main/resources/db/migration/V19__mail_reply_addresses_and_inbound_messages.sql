-- Replies by email (issue "Notifications"): the reply addresses given to requesters, one per person and record, and
-- the inbound messages already handled, so that a message read twice (two pods, or again after a crash) is handled
-- once.

-- The key a reply address's token names (with its tenant), and whom and what it stands for. Reused for every email to
-- the same person about the same record; whether the person may still act on the record is checked at reply time.
create table mail_reply_address (
    tenant_id  uuid        not null references tenant (id),
    key        bigint      not null check (key between 0 and 281474976710655),
    person_id  uuid        not null,
    record_id  uuid        not null,
    created_at timestamptz not null,
    primary key (tenant_id, key),
    unique (tenant_id, person_id, record_id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, record_id) references record (tenant_id, id)
);
alter table mail_reply_address enable row level security;
alter table mail_reply_address force row level security;
create policy tenant_isolation on mail_reply_address using (tenant_id = (select lexdesk_current_tenant()))
    with check (tenant_id = (select lexdesk_current_tenant()));
grant select, insert on mail_reply_address to ${app_role};

-- A platform table, like the event publication registry: an inbound message is read before anyone knows its tenant
-- (a forged token has none). It holds no tenant data: the SHA-256 of the Message-ID (not the id itself, which names
-- the sender's host), what became of the message, and when. Written in the same transaction as the note a reply
-- becomes; a refusal is written before its answer is sent, so no sender is answered twice.
create table mail_inbound_message (
    message_hash bytea       primary key check (length(message_hash) = 32),
    outcome      text        not null check (outcome in ('PLACED', 'REFUSED', 'DROPPED')),
    handled_at   timestamptz not null
);
create index mail_inbound_message_handled_idx on mail_inbound_message (handled_at);
grant select, insert, delete on mail_inbound_message to ${app_role};
