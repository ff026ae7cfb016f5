-- Identity-provider sessions that ended (Keycloak's back-channel logout names them by issuer and sid). Keycloak
-- calls one application node; the others read this table so that they end the Lexdesk sessions those logins
-- opened too. Platform table: no tenant, no RLS. Rows are only needed while a Lexdesk session could still be
-- alive, so they are deleted once older than the absolute session lifetime.
create table ended_login_session (
    issuer   text        not null,
    sid      text        not null,
    ended_at timestamptz not null default now(),
    primary key (issuer, sid)
);

create index ended_login_session_by_time on ended_login_session (ended_at);

grant select, insert, delete on ended_login_session to ${app_role};
