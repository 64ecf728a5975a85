/// Invented names for the places, organizations, people, initiatives,
/// practices and convenings of a generated community. Any resemblance to real
/// places or people is accidental; lists are fixed so output never depends on
/// the machine.
enum NameBank {
    static let cities = [
        "Ashford Vale", "Brindlemere", "Cobalt Harbor", "Dunmarsh", "Elderbrook", "Fallowfield", "Greywick",
        "Hollins Ferry", "Ironmoor", "Juniper Bay", "Kestrel Falls", "Larkhaven",
    ]

    /// The name of the city with this index: from the list, then numbered.
    static func city(_ index: Int) -> String {
        index < cities.count ? cities[index] : "\(cities[index % cities.count]) \(index / cities.count + 1)"
    }

    static let funderNames = [
        "Hearthstone Foundation", "Meridian Community Fund", "Alder Trust", "Northlight Philanthropies",
        "Common Table Fund", "Bellweather Foundation", "Riverstone Trust", "Open Field Fund",
    ]

    static let organizationSectors = [
        "education", "health", "housing", "youth", "local government", "community development", "higher education",
        "arts and culture",
    ]

    static let organizationForms: [String: [String]] = [
        "education": ["Learning Network", "School District", "Early Years Centre", "Literacy Project"],
        "health": ["Health Collaborative", "Community Clinic", "Wellbeing Partnership", "Family Health Hub"],
        "housing": ["Housing Trust", "Tenants Union", "Homes Cooperative", "Shelter Alliance"],
        "youth": ["Youth Forum", "Mentoring Project", "Youth Works", "After School Alliance"],
        "local government": ["City Council", "Neighbourhood Office", "Parks Department", "Civic Services"],
        "community development": [
            "Community Partnership", "Neighbourhood Association", "Development Trust", "Commons",
        ],
        "higher education": ["Community College", "Institute", "University Extension", "Research Centre"],
        "arts and culture": ["Arts Council", "Library Network", "Story Collective", "Heritage Trust"],
    ]

    static let placeWords = [
        "Northside", "Riverside", "Eastgate", "Westfield", "Hillcrest", "Old Town", "Harbourside", "Southbank",
        "Millbrook", "Greenway", "Station Road", "Market Street",
    ]

    static let firstNames = [
        "Ada", "Bea", "Cal", "Dara", "Eli", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kemi", "Lior", "Mara", "Nico",
        "Odile", "Pax", "Quinn", "Rosa", "Sami", "Tova", "Uma", "Vic", "Wren", "Xavi", "Yara", "Zeb", "Ines", "Omar",
        "Priya", "Tomas", "Leila", "Bruno", "Chidi", "Greta", "Hugo", "Mei",
    ]

    static let lastNames = [
        "Abara", "Bellamy", "Castell", "Dunleavy", "Erdem", "Fontaine", "Galloway", "Haddad", "Ibsen", "Jaramillo",
        "Kowal", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Pereira", "Quist", "Rahman", "Sorensen", "Tamura",
        "Umeh", "Valdez", "Whitlock", "Yilmaz", "Zeller", "Achebe", "Brannigan", "Costa", "Delacroix", "Essien",
    ]

    static let roles = [
        "coordinator", "teacher", "nurse", "youth worker", "program manager", "researcher", "volunteer", "analyst",
        "caseworker", "librarian",
    ]

    static let teams = ["Outreach", "Programs", "Family Support", "Data and Learning", "Policy", "Operations"]

    static let initiativeThemes = [
        ("Early Literacy", "education"), ("Healthy Homes", "housing"), ("Youth Voice", "youth"),
        ("Neighbourhood Health", "health"), ("Data for Good", "community development"),
        ("Pathways to College", "higher education"), ("Safe Streets", "local government"),
        ("Creative Commons", "arts and culture"), ("Food Security", "health"), ("Digital Inclusion", "education"),
        ("Green Schoolyards", "education"), ("Welcome Newcomers", "community development"),
    ]

    static let practices = [
        ("Peer coaching circles", "teaching"), ("Data walks", "data"), ("Participatory budgeting", "governance"),
        ("Family learning nights", "engagement"), ("Appreciative inquiry", "facilitation"),
        ("Trauma-informed intake", "care"), ("Community asset mapping", "data"), ("Restorative circles", "care"),
        ("Youth-led evaluation", "evaluation"), ("Shared measurement", "evaluation"),
        ("Home visiting protocol", "care"), ("After-action reviews", "facilitation"),
        ("Open office hours", "engagement"), ("Learning journeys", "facilitation"),
        ("Storytelling for change", "engagement"),
        ("Co-design studios", "design"), ("Ripple effect mapping", "evaluation"), ("Community health workers", "care"),
        ("Tenant-led inspections", "governance"), ("Reading buddies", "teaching"),
        ("Fishbowl dialogue", "facilitation"),
        ("Developmental evaluation", "evaluation"), ("Neighbourhood data hubs", "data"),
        ("Mentor matching", "teaching"),
        ("Shared intake form", "care"), ("Citizen juries", "governance"), ("Pop-up libraries", "engagement"),
        ("Collective impact tables", "governance"), ("Photovoice", "evaluation"), ("Walking meetings", "facilitation"),
    ]

    /// A name from a list, numbered once the list is used up.
    static func pick<T>(_ list: [T], _ index: Int, name: (T) -> String) -> String {
        let base = name(list[index % list.count])
        return index < list.count ? base : "\(base) \(index / list.count + 1)"
    }

    static func season(month: Int) -> String {
        switch month {
        case 3...5: return "Spring"
        case 6...8: return "Summer"
        case 9...11: return "Autumn"
        default: return "Winter"
        }
    }
}
