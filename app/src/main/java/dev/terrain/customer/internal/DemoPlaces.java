package dev.terrain.customer.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dev.terrain.customer.OpeningInterval;

/**
 * The raw material of the demo customers: towns within about 80 km of Lyon with their postal codes and centres,
 * streets, French names, and kinds of business with their usual opening hours.
 */
final class DemoPlaces {

    private DemoPlaces() {
    }

    record Town(String name, String postalCode, double latitude, double longitude, int weight) {
    }

    static final List<Town> TOWNS = List.of(
            new Town("Lyon", "69001", 45.7676, 4.8345, 5), new Town("Lyon", "69002", 45.7500, 4.8270, 6),
            new Town("Lyon", "69003", 45.7597, 4.8590, 7), new Town("Lyon", "69004", 45.7780, 4.8270, 3),
            new Town("Lyon", "69005", 45.7590, 4.8190, 3), new Town("Lyon", "69006", 45.7700, 4.8520, 6),
            new Town("Lyon", "69007", 45.7450, 4.8430, 6), new Town("Lyon", "69008", 45.7350, 4.8690, 4),
            new Town("Lyon", "69009", 45.7740, 4.8050, 4), new Town("Villeurbanne", "69100", 45.7665, 4.8795, 8),
            new Town("Vénissieux", "69200", 45.6975, 4.8868, 4), new Town("Caluire-et-Cuire", "69300", 45.7953, 4.8466, 3),
            new Town("Bron", "69500", 45.7386, 4.9130, 3), new Town("Vaulx-en-Velin", "69120", 45.7786, 4.9206, 3),
            new Town("Saint-Priest", "69800", 45.6960, 4.9440, 3), new Town("Meyzieu", "69330", 45.7667, 5.0036, 2),
            new Town("Rillieux-la-Pape", "69140", 45.8213, 4.8982, 2), new Town("Décines-Charpieu", "69150", 45.7690, 4.9590, 2),
            new Town("Oullins", "69600", 45.7141, 4.8076, 2), new Town("Écully", "69130", 45.7746, 4.7779, 2),
            new Town("Tassin-la-Demi-Lune", "69160", 45.7640, 4.7530, 2), new Town("Saint-Genis-Laval", "69230", 45.6950, 4.7930, 2),
            new Town("Brignais", "69530", 45.6740, 4.7540, 2), new Town("Givors", "69700", 45.5905, 4.7690, 2),
            new Town("Villefranche-sur-Saône", "69400", 45.9890, 4.7190, 4), new Town("Belleville-en-Beaujolais", "69220", 46.1080, 4.7490, 1),
            new Town("Anse", "69480", 45.9360, 4.7190, 1), new Town("Tarare", "69170", 45.8960, 4.4330, 1),
            new Town("L'Arbresle", "69210", 45.8350, 4.6170, 1), new Town("Limonest", "69760", 45.8370, 4.7720, 1),
            new Town("Neuville-sur-Saône", "69250", 45.8760, 4.8410, 1), new Town("Mornant", "69440", 45.6190, 4.6720, 1),
            new Town("Genas", "69740", 45.7310, 5.0020, 1), new Town("Chassieu", "69680", 45.7440, 4.9660, 1),
            new Town("Feyzin", "69320", 45.6720, 4.8580, 1), new Town("Vienne", "38200", 45.5255, 4.8745, 3),
            new Town("Bourgoin-Jallieu", "38300", 45.5860, 5.2740, 3), new Town("Villefontaine", "38090", 45.6130, 5.1500, 1),
            new Town("L'Isle-d'Abeau", "38080", 45.6190, 5.2280, 1), new Town("Crémieu", "38460", 45.7250, 5.2500, 1),
            new Town("Pont-de-Chéruy", "38230", 45.7530, 5.1730, 1), new Town("Saint-Étienne", "42000", 45.4397, 4.3872, 5),
            new Town("Saint-Chamond", "42400", 45.4750, 4.5140, 2), new Town("Rive-de-Gier", "42800", 45.5280, 4.6170, 1),
            new Town("Montbrison", "42600", 45.6070, 4.0650, 1), new Town("Firminy", "42700", 45.3880, 4.2880, 1),
            new Town("Bourg-en-Bresse", "01000", 46.2052, 5.2255, 3), new Town("Ambérieu-en-Bugey", "01500", 45.9580, 5.3580, 1),
            new Town("Miribel", "01700", 45.8250, 4.9540, 1), new Town("Trévoux", "01600", 45.9410, 4.7760, 1),
            new Town("Montluel", "01120", 45.8510, 5.0570, 1), new Town("Meximieux", "01800", 45.9050, 5.1950, 1));

    static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "place du Marché",
            "rue Victor Hugo", "rue Pasteur", "avenue du Général de Gaulle", "rue de la Gare", "Grande Rue",
            "rue du Commerce", "rue Émile Zola", "cours Lafayette", "rue Paul Bert", "avenue de Saxe",
            "boulevard des Belges", "rue Garibaldi", "rue Anatole France", "place de l'Église", "rue des Écoles",
            "chemin des Vignes", "rue Jean Moulin", "avenue Berthelot", "rue de la Liberté", "quai Saint-Vincent",
            "rue Sainte-Catherine", "route de Genas", "rue Nationale", "rue du Moulin", "avenue Carnot");

    static final List<String> FAMILY_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
            "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
            "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
            "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller",
            "Henry", "Roussel", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine",
            "Chevalier", "Robin", "Masson", "Sanchez", "Brun", "Chabert", "Rey", "Berthet", "Perret", "Gros");

    static final List<String> FIRST_NAMES = List.of("Marie", "Jean", "Sophie", "Pierre", "Nathalie", "Philippe",
            "Isabelle", "Nicolas", "Catherine", "Laurent", "Sandrine", "Christophe", "Céline", "Julien", "Camille",
            "Thomas", "Aurélie", "Sébastien", "Émilie", "Olivier", "Claire", "Antoine", "Julie", "Mathieu", "Manon");

    static final List<String> PLACES = List.of("du Centre", "de la Place", "du Marché", "de la Gare", "du Parc",
            "des Halles", "de l'Église", "du Pont", "des Arts", "du Rhône", "de la Saône", "des Lilas");

    /** A kind of business: how it is named, its segment and industry, the contact roles, its opening hours. */
    enum Kind {
        BAKERY("Boulangerie", "Commerce de proximité", "Boulangerie-pâtisserie", "Gérant", Hours.SHOP_SUNDAY_MORNING),
        CHEESE("Fromagerie", "Commerce de proximité", "Crèmerie-fromagerie", "Gérante", Hours.SHOP),
        BUTCHER("Boucherie", "Commerce de proximité", "Boucherie-charcuterie", "Gérant", Hours.SHOP),
        FLORIST("Fleurs", "Commerce de proximité", "Fleuriste", "Gérante", Hours.SHOP_SUNDAY_MORNING),
        HARDWARE("Quincaillerie", "Commerce de proximité", "Bricolage", "Responsable achats", Hours.SHOP),
        BOOKS("Librairie", "Commerce de proximité", "Librairie-papeterie", "Libraire", Hours.SHOP),
        WINE("Cave", "Commerce de proximité", "Vins et spiritueux", "Caviste", Hours.SHOP),
        PHARMACY("Pharmacie", "Santé", "Pharmacie", "Pharmacien titulaire", Hours.PHARMACY),
        OPTICIAN("Optique", "Santé", "Opticien", "Opticienne", Hours.SHOP),
        CAFE("Café", "Restauration", "Café-bar", "Patron", Hours.RESTAURANT),
        RESTAURANT("Restaurant", "Restauration", "Restaurant", "Chef de cuisine", Hours.RESTAURANT),
        SUPERMARKET("Supermarché", "Grande distribution", "Supermarché", "Directeur de magasin", Hours.SUPERMARKET),
        GARAGE("Garage", "Artisanat", "Réparation automobile", "Chef d'atelier", Hours.WORKSHOP),
        OFFICE("Cabinet", "Services", "Services aux entreprises", "Office manager", Hours.OFFICE);

        final String label;
        final String segment;
        final String industry;
        final String role;
        final Hours hours;

        Kind(String label, String segment, String industry, String role, Hours hours) {
            this.label = label;
            this.segment = segment;
            this.industry = industry;
            this.role = role;
            this.hours = hours;
        }
    }

    /** Usual weekly opening hours: lunch gaps for shops and workshops, closed on Sunday (mostly). */
    enum Hours {
        SHOP, SHOP_SUNDAY_MORNING, PHARMACY, RESTAURANT, SUPERMARKET, WORKSHOP, OFFICE;

        List<OpeningInterval> week() {
            var week = new ArrayList<OpeningInterval>();
            for (var day : DayOfWeek.values()) {
                switch (this) {
                    case SHOP -> {
                        if (day == DayOfWeek.MONDAY) {
                            add(week, day, "14:30", "19:00");
                        } else if (day != DayOfWeek.SUNDAY) {
                            add(week, day, "09:00", "12:30");
                            add(week, day, "14:30", "19:00");
                        }
                    }
                    case SHOP_SUNDAY_MORNING -> {
                        if (day == DayOfWeek.SUNDAY) {
                            add(week, day, "07:00", "12:30");
                        } else if (day != DayOfWeek.MONDAY) {
                            add(week, day, "07:00", "13:00");
                            add(week, day, "15:30", "19:30");
                        }
                    }
                    case PHARMACY -> {
                        if (day != DayOfWeek.SUNDAY) {
                            add(week, day, "08:30", "12:30");
                            add(week, day, "14:00", day == DayOfWeek.SATURDAY ? "18:00" : "19:30");
                        }
                    }
                    case RESTAURANT -> {
                        if (day != DayOfWeek.SUNDAY && day != DayOfWeek.MONDAY) {
                            add(week, day, "10:00", "14:30");
                            add(week, day, "18:00", "23:00");
                        }
                    }
                    case SUPERMARKET -> {
                        if (day != DayOfWeek.SUNDAY) {
                            add(week, day, "08:30", "20:00");
                        }
                    }
                    case WORKSHOP -> {
                        if (day == DayOfWeek.SATURDAY) {
                            add(week, day, "08:00", "12:00");
                        } else if (day != DayOfWeek.SUNDAY) {
                            add(week, day, "08:00", "12:00");
                            add(week, day, "13:30", "18:00");
                        }
                    }
                    case OFFICE -> {
                        if (day.getValue() <= 5) {
                            add(week, day, "09:00", "12:00");
                            add(week, day, "14:00", "17:30");
                        }
                    }
                }
            }
            return week;
        }

        private static void add(List<OpeningInterval> week, DayOfWeek day, String opens, String closes) {
            week.add(new OpeningInterval(day, LocalTime.parse(opens), LocalTime.parse(closes)));
        }
    }
}
