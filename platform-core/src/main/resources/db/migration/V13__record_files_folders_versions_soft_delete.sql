-- Record files (issue 9): nested folders on a matter or contract, a visibility to the requester that a file or folder
-- states or leaves to its folder, earlier versions of a file, and deletion that can be undone for 30 days.
--
-- The visibility rule: an item whose visible_to_portal is null follows its folder, and a top-level item that follows
-- nothing is hidden. So a shared folder shares everything in it that does not say otherwise, and a file hidden
-- explicitly stays hidden inside a shared folder. The rule is written once, as the recursive query in
-- RecordFileQueries, which every list, the portal and the download check read.

create table record_folder (
    id                uuid primary key,
    tenant_id         uuid        not null references tenant (id),
    record_id         uuid        not null,
    parent_id         uuid,
    name              text        not null check (length(name) between 1 and 120),
    visible_to_portal boolean,
    -- A folder the application keeps: FROM_REQUESTER receives what the requester sends from the portal.
    purpose           text check (purpose in ('FROM_REQUESTER')),
    created_by        uuid,
    created_at        timestamptz not null,
    deleted_at        timestamptz,
    deleted_by        uuid,
    -- Everything deleted together (a folder, its subfolders and files) shares one deletion id, restored together.
    deletion_id       uuid,
    check ((deleted_at is null) = (deletion_id is null)),
    check (parent_id is null or parent_id <> id),
    unique (tenant_id, id),
    foreign key (tenant_id, record_id) references record (tenant_id, id),
    foreign key (tenant_id, parent_id) references record_folder (tenant_id, id) on delete cascade,
    foreign key (tenant_id, created_by) references person (tenant_id, id),
    foreign key (tenant_id, deleted_by) references person (tenant_id, id)
);
create index record_folder_record_idx on record_folder (tenant_id, record_id);
create index record_folder_parent_idx on record_folder (tenant_id, parent_id);
-- Two live folders side by side never share a name (compared without case); the top level is the record itself.
create unique index record_folder_name_idx on record_folder (tenant_id, record_id, coalesce(parent_id, record_id),
    lower(name)) where deleted_at is null;
create unique index record_folder_purpose_idx on record_folder (tenant_id, record_id, purpose) where purpose is not null;
create index record_folder_deleted_idx on record_folder (tenant_id, deleted_at) where deleted_at is not null;

alter table record_folder enable row level security;
alter table record_folder force row level security;
create policy tenant_isolation on record_folder using (tenant_id = (select lexdesk_current_tenant()))
    with check (tenant_id = (select lexdesk_current_tenant()));
grant select, insert, update, delete on record_folder to ${app_role};

-- A file states its visibility or follows its folder (null); it may come from the requester; it has versions.
alter table attachment alter column visible_to_portal drop not null;
alter table attachment alter column visible_to_portal drop default;
alter table attachment add column folder_id uuid;
alter table attachment add column from_requester boolean not null default false;
alter table attachment add column version integer not null default 1 check (version >= 1);
alter table attachment add column deleted_at timestamptz;
alter table attachment add column deleted_by uuid;
alter table attachment add column deletion_id uuid;
alter table attachment add check ((deleted_at is null) = (deletion_id is null));
alter table attachment add foreign key (tenant_id, folder_id) references record_folder (tenant_id, id);
alter table attachment add foreign key (tenant_id, deleted_by) references person (tenant_id, id);
create index attachment_folder_idx on attachment (tenant_id, folder_id);
create index attachment_deleted_idx on attachment (tenant_id, deleted_at) where deleted_at is not null;

-- Files sent with a request were the request's; they become its record's, in the record's "From requester" folder,
-- which the requester sees (they sent its files). The files follow the folder from now on.
insert into record_folder (id, tenant_id, record_id, name, visible_to_portal, purpose, created_at)
select gen_random_uuid(), r.tenant_id, r.record_id, 'From requester', true, 'FROM_REQUESTER', min(a.uploaded_at)
from attachment a
join (select tenant_id, id as record_id, request_id from matter where request_id is not null
      union all
      select tenant_id, id, request_id from contract where request_id is not null) r
  on r.tenant_id = a.tenant_id and r.request_id = a.record_id
where a.record_kind = 'REQUEST'
group by r.tenant_id, r.record_id;

update attachment a
set record_kind = k.kind, record_id = k.record_id, folder_id = f.id, from_requester = true, visible_to_portal = null
from (select tenant_id, id as record_id, request_id, 'MATTER' as kind from matter where request_id is not null
      union all
      select tenant_id, id, request_id, 'CONTRACT' from contract where request_id is not null) k
join record_folder f on f.tenant_id = k.tenant_id and f.record_id = k.record_id and f.purpose = 'FROM_REQUESTER'
where a.record_kind = 'REQUEST' and k.tenant_id = a.tenant_id and k.request_id = a.record_id;

-- From now on a file belongs to a matter or a contract, through the record's identity.
alter table attachment drop constraint attachment_record_kind_check;
alter table attachment add check (record_kind in ('MATTER', 'CONTRACT'));
alter table attachment add foreign key (tenant_id, record_id) references record (tenant_id, id);
alter table attachment add check ((record_id is null) = (record_kind is null));
alter table attachment add check (folder_id is null or record_id is not null);

-- The earlier versions of a file; the attachment row is always the current one.
create table attachment_version (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    attachment_id uuid        not null,
    version       integer     not null check (version >= 1),
    storage_key   text        not null,
    filename      text        not null check (length(filename) between 1 and 255),
    content_type  text        not null,
    size_bytes    bigint      not null check (size_bytes > 0),
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by   uuid        not null,
    uploaded_at   timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, attachment_id, version),
    unique (tenant_id, storage_key),
    foreign key (tenant_id, attachment_id) references attachment (tenant_id, id) on delete cascade,
    foreign key (tenant_id, uploaded_by) references person (tenant_id, id)
);

alter table attachment_version enable row level security;
alter table attachment_version force row level security;
create policy tenant_isolation on attachment_version using (tenant_id = (select lexdesk_current_tenant()))
    with check (tenant_id = (select lexdesk_current_tenant()));
grant select, insert, delete on attachment_version to ${app_role};
