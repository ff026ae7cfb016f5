-- Attachments: files stored in S3 under the tenant's prefix, with what we know of them (name, type detected
-- from the bytes, size, SHA-256). A row is written only after its object is stored; a row not yet attached
-- to a record (record_id null) is an upload waiting for its request, swept when abandoned.

alter table tenant add column max_upload_bytes bigint not null default 104857600 check (max_upload_bytes > 0);

create table attachment (
    id                uuid primary key,
    tenant_id         uuid        not null references tenant (id),
    record_kind       text check (record_kind in ('REQUEST', 'MATTER', 'CONTRACT')),
    record_id         uuid,
    storage_key       text        not null,
    filename          text        not null check (length(filename) between 1 and 255),
    content_type      text        not null,
    size_bytes        bigint      not null check (size_bytes > 0),
    sha256            text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    visible_to_portal boolean     not null default false,
    uploaded_by       uuid        not null,
    uploaded_at       timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, storage_key),
    foreign key (tenant_id, uploaded_by) references person (tenant_id, id)
);
create index attachment_record_idx on attachment (tenant_id, record_id);
create index attachment_unattached_idx on attachment (tenant_id, uploaded_at) where record_id is null;

alter table attachment enable row level security;
alter table attachment force row level security;
create policy tenant_isolation on attachment using (tenant_id = lexdesk_current_tenant())
    with check (tenant_id = lexdesk_current_tenant());
grant select, insert, update, delete on attachment to ${app_role};
