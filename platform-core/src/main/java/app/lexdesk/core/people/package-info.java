/**
 * People and companies of a tenant: requesters, their companies, staff and other parties of records.
 * Contact data only; what a person may do in a tenant is a membership of the tenancy module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People & companies")
package app.lexdesk.core.people;
