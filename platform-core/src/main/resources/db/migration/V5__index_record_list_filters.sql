-- The back-office lists and the API filter matters and contracts by status and by assignee, within a tenant.
create index matter_tenant_status_idx on matter (tenant_id, status);
create index matter_tenant_assignee_idx on matter (tenant_id, assignee_id);
create index contract_tenant_status_idx on contract (tenant_id, status);
create index contract_tenant_assignee_idx on contract (tenant_id, assignee_id);
