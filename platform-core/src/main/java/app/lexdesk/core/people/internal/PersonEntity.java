package app.lexdesk.core.people.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "person")
public class PersonEntity extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private CompanyEntity company;
    private String email;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String phone;

    protected PersonEntity() {
    }

    public PersonEntity(String email, String firstName, String lastName, CompanyEntity company) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.company = company;
    }

    /** An external contact (someone on a record who has no membership), reachable by phone as well. */
    public PersonEntity(String email, String firstName, String lastName, CompanyEntity company, String phone) {
        this(email, firstName, lastName, company);
        this.phone = phone;
    }

    /** A person of no company joins {@code company} (callers check it had none). */
    public void placeIn(CompanyEntity company) {
        this.company = company;
    }

    public String getPhone() {
        return phone;
    }

    public CompanyEntity getCompany() {
        return company;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }
}
