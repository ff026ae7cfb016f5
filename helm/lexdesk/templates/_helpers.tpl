{{/*
Chart name.
*/}}
{{- define "lexdesk.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name: the prefix of every resource name. Kept short enough for the "-tenant-admin" suffix.
*/}}
{{- define "lexdesk.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 50 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "lexdesk.ui.fullname" -}}
{{- printf "%s-ui" (include "lexdesk.fullname" .) }}
{{- end }}

{{- define "lexdesk.tenantAdmin.fullname" -}}
{{- printf "%s-tenant-admin" (include "lexdesk.fullname" .) }}
{{- end }}

{{/*
Chart label value.
*/}}
{{- define "lexdesk.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels common to every resource.
*/}}
{{- define "lexdesk.labels" -}}
helm.sh/chart: {{ include "lexdesk.chart" . }}
app.kubernetes.io/name: {{ include "lexdesk.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: lexdesk
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Selector labels of one component. Call with (dict "root" $ "component" "ui").
*/}}
{{- define "lexdesk.selectorLabels" -}}
app.kubernetes.io/name: {{ include "lexdesk.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
All labels of one component. Call with (dict "root" $ "component" "ui").
*/}}
{{- define "lexdesk.componentLabels" -}}
{{ include "lexdesk.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
ServiceAccount name.
*/}}
{{- define "lexdesk.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "lexdesk.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image reference. Call with (dict "root" $ "image" .Values.ui.image).
*/}}
{{- define "lexdesk.image" -}}
{{- if .image.digest }}
{{- printf "%s@%s" .image.repository .image.digest }}
{{- else }}
{{- printf "%s:%s" .image.repository (default .root.Chart.AppVersion .image.tag | toString) }}
{{- end }}
{{- end }}

{{/*
Names of the Secrets, per concern: the existing one when given, else the one this chart creates.
*/}}
{{- define "lexdesk.databaseSecretName" -}}
{{- default (printf "%s-database" (include "lexdesk.fullname" .)) .Values.database.existingSecret }}
{{- end }}

{{- define "lexdesk.platformDatabaseSecretName" -}}
{{- default (printf "%s-platform-database" (include "lexdesk.fullname" .)) .Values.database.platform.existingSecret }}
{{- end }}

{{- define "lexdesk.migrationSecretName" -}}
{{- default (printf "%s-migration" (include "lexdesk.fullname" .)) .Values.database.flyway.existingSecret }}
{{- end }}

{{- define "lexdesk.migration.fullname" -}}
{{- printf "%s-migration" (include "lexdesk.fullname" .) }}
{{- end }}

{{- define "lexdesk.notificationsSecretName" -}}
{{- default (printf "%s-notifications" (include "lexdesk.fullname" .)) .Values.notifications.existingSecret }}
{{- end }}

{{- define "lexdesk.identitySecretName" -}}
{{- default (printf "%s-identity" (include "lexdesk.fullname" .)) .Values.identity.existingSecret }}
{{- end }}

{{- define "lexdesk.storageSecretName" -}}
{{- default (printf "%s-storage" (include "lexdesk.fullname" .)) .Values.storage.existingSecret }}
{{- end }}

{{- define "lexdesk.mailSecretName" -}}
{{- default (printf "%s-mail" (include "lexdesk.fullname" .)) .Values.mail.existingSecret }}
{{- end }}

{{- define "lexdesk.mailRepliesSecretName" -}}
{{- default (printf "%s-mail-replies" (include "lexdesk.fullname" .)) .Values.mailReplies.existingSecret }}
{{- end }}

{{/*
Whether the pods read S3 keys / a mail password / Keycloak admin credentials from a Secret at all
(with an existing Secret: always, each key optional; otherwise: only when the value is set).
*/}}
{{- define "lexdesk.storageHasCredentials" -}}
{{- if or .Values.storage.existingSecret .Values.storage.accessKey .Values.storage.secretKey }}true{{- end }}
{{- end }}

{{- define "lexdesk.mailHasPassword" -}}
{{- if or .Values.mail.existingSecret .Values.mail.password }}true{{- end }}
{{- end }}

{{/*
Checks the values and fails the render with a readable message when something required is missing.
*/}}
{{- define "lexdesk.validate" -}}
{{- $v := .Values }}
{{- if not $v.database.url }}
{{- fail "lexdesk: set database.url (e.g. jdbc:postgresql://db.example.com:5432/lexdesk)" }}
{{- end }}
{{- if $v.database.existingSecretKeys.flywayPassword }}
{{- fail "lexdesk: database.existingSecretKeys.flywayPassword is gone: the owner's password has a Secret of its own, read only by the migration Job (database.flyway.existingSecret / existingSecretKeys.password)" }}
{{- end }}
{{- if and (not $v.database.existingSecret) (not $v.database.password) }}
{{- fail "lexdesk: set database.password (application role) or database.existingSecret" }}
{{- end }}
{{- if and (not $v.database.flyway.existingSecret) (not $v.database.flyway.password) }}
{{- fail "lexdesk: set database.flyway.password (schema owner, for the migration Job) or database.flyway.existingSecret" }}
{{- end }}
{{- if and $v.tenantAdmin.enabled (not $v.database.platform.existingSecret) (not $v.database.platform.password) }}
{{- fail "lexdesk: set database.platform.password (platform role, for tenant-admin) or database.platform.existingSecret" }}
{{- end }}
{{- if and (not $v.notifications.existingSecret) (not $v.notifications.secret) }}
{{- fail "lexdesk: set notifications.secret (signs unsubscribe links; 32+ random characters) or notifications.existingSecret" }}
{{- end }}
{{- if not $v.identity.issuerUri }}
{{- fail "lexdesk: set identity.issuerUri (e.g. https://id.example.com/realms/lexdesk)" }}
{{- end }}
{{- if and (not $v.identity.existingSecret) (not $v.identity.ui.clientSecret) }}
{{- fail "lexdesk: set identity.ui.clientSecret or identity.existingSecret" }}
{{- end }}
{{- if and $v.identity.ui.keycloakAdmin.serverUrl (not $v.identity.existingSecret) (not $v.identity.ui.keycloakAdmin.clientSecret) }}
{{- fail "lexdesk: set identity.ui.keycloakAdmin.clientSecret (the service account's secret) or identity.existingSecret, or leave identity.ui.keycloakAdmin.serverUrl empty" }}
{{- end }}
{{- if $v.tenantAdmin.enabled }}
{{- if not $v.identity.tenantAdmin.issuerUri }}
{{- fail "lexdesk: set identity.tenantAdmin.issuerUri (e.g. https://id.example.com/realms/platform)" }}
{{- end }}
{{- if not $v.identity.keycloakAdmin.serverUrl }}
{{- fail "lexdesk: set identity.keycloakAdmin.serverUrl (e.g. https://id.example.com)" }}
{{- end }}
{{- if not $v.identity.existingSecret }}
{{- if not $v.identity.tenantAdmin.clientSecret }}
{{- fail "lexdesk: set identity.tenantAdmin.clientSecret or identity.existingSecret" }}
{{- end }}
{{- if not (or $v.identity.keycloakAdmin.password $v.identity.keycloakAdmin.clientSecret) }}
{{- fail "lexdesk: set identity.keycloakAdmin.password (with username) or identity.keycloakAdmin.clientSecret, or identity.existingSecret" }}
{{- end }}
{{- end }}
{{- end }}
{{- if not $v.storage.bucket }}
{{- fail "lexdesk: set storage.bucket" }}
{{- end }}
{{- if not (has (toString $v.storage.checksums) (list "WHEN_SUPPORTED" "WHEN_REQUIRED")) }}
{{- fail "lexdesk: storage.checksums must be WHEN_SUPPORTED (AWS) or WHEN_REQUIRED (S3Proxy, MinIO, ...)" }}
{{- end }}
{{- if not $v.mail.host }}
{{- fail "lexdesk: set mail.host" }}
{{- end }}
{{- if and $v.mailReplies.address (not $v.mailReplies.existingSecret) (lt (len (toString $v.mailReplies.secret)) 32) }}
{{- fail "lexdesk: set mailReplies.secret (at least 32 characters) with mailReplies.address" }}
{{- end }}
{{- if and $v.ingress.enabled (not $v.ingress.host) }}
{{- fail "lexdesk: set ingress.host (public host of the tenants' application) or disable the ingress" }}
{{- end }}
{{- end }}

{{/*
Settings (not secret) shared by both applications, as ConfigMap data (environment variable name: value).
The serving pods never migrate: LEXDESK_MIGRATIONS=validate makes Flyway only check, as the application role, that
the migration Job has brought the schema up to date (the pod refuses to start otherwise). They get no owner
credentials at all.
*/}}
{{- define "lexdesk.commonConfig" -}}
SPRING_DATASOURCE_URL: {{ .Values.database.url | quote }}
SPRING_DATASOURCE_USERNAME: {{ .Values.database.username | quote }}
LEXDESK_MIGRATIONS: "validate"
LEXDESK_IDENTITY_ISSUER: {{ .Values.identity.issuerUri | quote }}
{{- /* Links in notifications, wherever an event is planned (a retried publication may run in either application). */}}
LEXDESK_PUBLICURL: {{ printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host | quote }}
SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI: {{ .Values.identity.issuerUri | quote }}
{{- with .Values.storage.endpoint }}
LEXDESK_STORAGE_S3_ENDPOINT: {{ . | quote }}
{{- end }}
LEXDESK_STORAGE_S3_REGION: {{ .Values.storage.region | quote }}
LEXDESK_STORAGE_S3_BUCKET: {{ .Values.storage.bucket | quote }}
LEXDESK_STORAGE_S3_PATHSTYLE: {{ .Values.storage.pathStyle | toString | quote }}
LEXDESK_STORAGE_S3_CHECKSUMS: {{ .Values.storage.checksums | quote }}
SPRING_MAIL_HOST: {{ .Values.mail.host | quote }}
SPRING_MAIL_PORT: {{ .Values.mail.port | toString | quote }}
{{- with .Values.mail.username }}
SPRING_MAIL_USERNAME: {{ . | quote }}
{{- end }}
SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE: {{ .Values.mail.starttls | toString | quote }}
{{- end }}

{{/*
Secret-backed environment shared by both applications: the application role's password, S3 keys, mail password.
*/}}
{{- define "lexdesk.commonSecretEnv" -}}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "lexdesk.databaseSecretName" . }}
      key: {{ .Values.database.existingSecretKeys.password }}
{{- if include "lexdesk.storageHasCredentials" . }}
- name: LEXDESK_STORAGE_S3_ACCESSKEY
  valueFrom:
    secretKeyRef:
      name: {{ include "lexdesk.storageSecretName" . }}
      key: {{ .Values.storage.existingSecretKeys.accessKey }}
      optional: true
- name: LEXDESK_STORAGE_S3_SECRETKEY
  valueFrom:
    secretKeyRef:
      name: {{ include "lexdesk.storageSecretName" . }}
      key: {{ .Values.storage.existingSecretKeys.secretKey }}
      optional: true
{{- end }}
{{- if include "lexdesk.mailHasPassword" . }}
- name: SPRING_MAIL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "lexdesk.mailSecretName" . }}
      key: {{ .Values.mail.existingSecretKeys.password }}
      optional: true
{{- end }}
{{- end }}

{{/*
Pod annotations that roll the pods when their configuration or chart-made Secrets change.
Call with (dict "root" $ "configTemplate" "/configmap-ui.yaml").
*/}}
{{- define "lexdesk.checksumAnnotations" -}}
checksum/config: {{ include (print .root.Template.BasePath .configTemplate) .root | sha256sum }}
checksum/secrets: {{ include (print .root.Template.BasePath "/secrets.yaml") .root | sha256sum }}
{{- end }}
