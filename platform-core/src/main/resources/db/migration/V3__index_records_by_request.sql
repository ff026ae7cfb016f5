-- Pages and lists find a record's request and a request's record by id: index both directions.
create index matter_request_idx on matter (tenant_id, request_id);
create index contract_request_idx on contract (tenant_id, request_id);
