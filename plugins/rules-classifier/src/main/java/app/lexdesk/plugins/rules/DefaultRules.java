package app.lexdesk.plugins.rules;

import java.util.List;

/** Built-in phrases, English and French, used after a tenant's own rules unless it turns them off. */
final class DefaultRules {

    static final List<Rule> RULES = List.of(
            phrases("LITIGATION", "mise en demeure", "assignation", "litige", "contentieux", "tribunal",
                    "proces", "plainte", "lawsuit", "litigation", "summons", "cease and desist", "court",
                    "dispute", "claim against", "injunction"),
            phrases("IP", "brevet", "marque", "droit d'auteur", "propriete intellectuelle", "contrefacon",
                    "patent", "trademark", "copyright", "intellectual property", "infringement"),
            phrases("CORPORATE", "assemblee generale", "conseil d'administration", "statuts", "acquisition",
                    "fusion", "actionnaire", "augmentation de capital", "board resolution", "general meeting",
                    "articles of association", "bylaws", "shareholder", "merger", "capital increase"));

    private DefaultRules() {
    }

    private static Rule phrases(String target, String... phrases) {
        return new Rule(target, List.of(phrases), List.of(), List.of(), null, List.of());
    }
}
