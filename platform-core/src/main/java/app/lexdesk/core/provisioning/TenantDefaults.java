package app.lexdesk.core.provisioning;

import app.lexdesk.core.contracts.ContractType;
import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldDefinition.Option;
import app.lexdesk.core.intake.FieldType;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.matters.Board;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.workflows.Transition;
import java.util.List;

/**
 * What every new tenant starts with: the three boards of the founding page, contract types, request types, and the
 * matters' and contracts' workflows (the same as migration V10 gave the tenants that existed then).
 */
final class TenantDefaults {

    static final List<Board> BOARDS = List.of(
            new Board("CORPORATE", "Corporate", "Dossiers corporatifs"),
            new Board("LITIGATION", "Litigation", "Contentieux"),
            new Board("IP", "Intellectual property", "Propriété intellectuelle"));

    static final List<ContractType> CONTRACT_TYPES = List.of(
            new ContractType("NDA", "Non-disclosure agreement", "Accord de confidentialité"),
            new ContractType("SERVICES", "Services agreement", "Contrat de prestation de services"),
            new ContractType("SUPPLY", "Supply agreement", "Contrat de fourniture"),
            new ContractType("OTHER", "Other contract", "Autre contrat"));

    static final List<RecordStatus> MATTER_STATUSES = List.of(
            status("NEW", "New", "Nouveau", "Received", "Reçue", StatusCategory.OPEN, true, false, 0),
            status("IN_REVIEW", "In review", "En examen", "In review", "En cours d’examen", StatusCategory.OPEN,
                    false, false, 1),
            status("IN_PROGRESS", "In progress", "En cours", "In progress", "En cours de traitement",
                    StatusCategory.OPEN, false, false, 2),
            status("ON_HOLD", "On hold", "En attente", "On hold", "En attente", StatusCategory.WAITING, false, false,
                    3),
            status("CLOSED", "Closed", "Clos", "Closed", "Clôturée", StatusCategory.CLOSED, false, true, 4));

    static final List<Transition> MATTER_TRANSITIONS = List.of(new Transition("NEW", "IN_REVIEW"),
            new Transition("IN_REVIEW", "IN_PROGRESS"), new Transition("IN_PROGRESS", "ON_HOLD"),
            new Transition("ON_HOLD", "IN_PROGRESS"), new Transition("IN_PROGRESS", "CLOSED"),
            new Transition("ON_HOLD", "CLOSED"));

    static final List<RecordStatus> CONTRACT_STATUSES = List.of(
            status("REQUESTED", "Requested", "Demandé", "Received", "Reçue", StatusCategory.OPEN, true, false, 0),
            status("DRAFTING", "Drafting", "Rédaction", "Being drafted", "En rédaction", StatusCategory.OPEN, false,
                    false, 1),
            status("NEGOTIATION", "Negotiation", "Négociation", "In negotiation", "En négociation",
                    StatusCategory.WAITING, false, false, 2),
            status("SIGNATURE", "Signature", "Signature", "Out for signature", "En signature", StatusCategory.WAITING,
                    false, false, 3),
            status("ACTIVE", "Active", "En vigueur", "Signed and in force", "Signé et en vigueur", StatusCategory.OPEN,
                    false, false, 4),
            status("EXPIRED", "Expired", "Expiré", "Expired", "Expiré", StatusCategory.CLOSED, false, true, 5),
            status("TERMINATED", "Terminated", "Résilié", "Terminated", "Résilié", StatusCategory.CLOSED, false, true,
                    6));

    static final List<Transition> CONTRACT_TRANSITIONS = List.of(new Transition("REQUESTED", "DRAFTING"),
            new Transition("DRAFTING", "NEGOTIATION"), new Transition("NEGOTIATION", "SIGNATURE"),
            new Transition("SIGNATURE", "ACTIVE"), new Transition("ACTIVE", "EXPIRED"),
            new Transition("ACTIVE", "TERMINATED"));

    private static final FieldDefinition COUNTERPARTY = new FieldDefinition("counterparty", FieldType.SHORT_TEXT, true,
            "Counterparty", "Cocontractant", "The other party's legal name", "La dénomination de l’autre partie", null);
    private static final FieldDefinition DEADLINE = new FieldDefinition("deadline", FieldType.DATE, false,
            "Deadline", "Échéance", "When you need an answer", "Date à laquelle une réponse est attendue", null);

    static final List<RequestTypeDetails> REQUEST_TYPES = List.of(
            type("corporate-matter", RequestKind.MATTER, "Corporate matter", "Dossier corporatif",
                    "Company law: governance, meetings, share capital, acquisitions.",
                    "Droit des sociétés : gouvernance, assemblées, capital, acquisitions.", "CORPORATE",
                    List.of(new FieldDefinition("entity", FieldType.SHORT_TEXT, true, "Entity concerned",
                            "Entité concernée", "", "", null), DEADLINE)),
            type("litigation", RequestKind.MATTER, "Litigation or dispute", "Litige ou contentieux",
                    "A claim, a formal notice, a lawsuit, by or against us.",
                    "Une réclamation, une mise en demeure, une procédure, en demande ou en défense.", "LITIGATION",
                    List.of(new FieldDefinition("counterparty", FieldType.SHORT_TEXT, true, "Other party",
                                    "Partie adverse", "", "", null),
                            new FieldDefinition("amount", FieldType.MONEY, false, "Amount at stake (EUR)",
                                    "Montant en jeu (EUR)", "", "", null),
                            new FieldDefinition("served", FieldType.YES_NO, false, "Have we been served?",
                                    "Avons-nous reçu un acte ?", "", "", null), DEADLINE)),
            type("intellectual-property", RequestKind.MATTER, "Intellectual property", "Propriété intellectuelle",
                    "Trademarks, patents, copyright, designs.", "Marques, brevets, droit d’auteur, dessins et modèles.",
                    "IP", List.of(new FieldDefinition("right", FieldType.CHOICE, true, "Right concerned", "Droit concerné",
                            "", "", List.of(new Option("trademark", "Trademark", "Marque"),
                                    new Option("patent", "Patent", "Brevet"),
                                    new Option("copyright", "Copyright", "Droit d’auteur"),
                                    new Option("design", "Design", "Dessin ou modèle"),
                                    new Option("other", "Other", "Autre"))),
                            new FieldDefinition("countries", FieldType.SHORT_TEXT, false, "Countries", "Pays", "", "", null))),
            type("other-legal-question", RequestKind.MATTER, "Other legal question", "Autre question juridique",
                    "Anything else; the legal team routes it.", "Tout autre sujet ; l’équipe juridique l’oriente.", null,
                    List.of(new FieldDefinition("urgency", FieldType.CHOICE, false, "Urgency", "Urgence", "", "",
                            List.of(new Option("low", "Low", "Faible"), new Option("normal", "Normal", "Normale"),
                                    new Option("high", "High", "Élevée"))))),
            type("new-contract", RequestKind.CONTRACT, "New contract", "Nouveau contrat",
                    "Draft a contract with a customer, supplier or partner.",
                    "Rédiger un contrat avec un client, un fournisseur ou un partenaire.", "SERVICES",
                    List.of(COUNTERPARTY, new FieldDefinition("value", FieldType.MONEY, false, "Contract value (EUR)",
                                    "Valeur du contrat (EUR)", "", "", null),
                            new FieldDefinition("start", FieldType.DATE, false, "Start date", "Date de début", "", "", null))),
            type("contract-review", RequestKind.CONTRACT, "Contract review", "Revue de contrat",
                    "Review a contract a counterparty sent you.", "Relire un contrat reçu d’un cocontractant.", "OTHER",
                    List.of(COUNTERPARTY, DEADLINE)),
            type("nda", RequestKind.CONTRACT, "Non-disclosure agreement", "Accord de confidentialité",
                    "An NDA before sharing confidential information.",
                    "Un accord de confidentialité avant d’échanger des informations confidentielles.", "NDA",
                    List.of(COUNTERPARTY, new FieldDefinition("mutual", FieldType.YES_NO, false, "Mutual?",
                            "Réciproque ?", "", "", null))));

    private TenantDefaults() {
    }

    private static RecordStatus status(String code, String nameEn, String nameFr, String labelEn, String labelFr,
            StatusCategory category, boolean initial, boolean finalStatus, int position) {
        return new RecordStatus(code, nameEn, nameFr, labelEn, labelFr, category, initial, finalStatus, position);
    }

    private static RequestTypeDetails type(String code, RequestKind kind, String nameEn, String nameFr,
            String descriptionEn, String descriptionFr, String target, List<FieldDefinition> fields) {
        return new RequestTypeDetails(null, code, kind, nameEn, nameFr, descriptionEn, descriptionFr, target, fields, true);
    }
}
