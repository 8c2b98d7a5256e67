"""The words, places and weights the generated dataset is drawn from."""

import datetime

from parks.choices import ParkStatus, ParkType
from rides.choices import RideCategory, RideStatus

# The park the benchmark opens as "a park page with 40 rides": the first park always has
# exactly this many rides (or every ride, when fewer are asked for).
REFERENCE_PARK_RIDES = 40
BATCH = 1000
# Rides are written (pages, revisions, references) this many at a time: memory stays flat.
RIDE_CHUNK = 5000
# Parks and tallest coasters featured on the home page (each).
FEATURED = 6
PUBLISHED_FROM = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

# (ISO code, weight, latitude, longitude): where parks are, roughly as in the real world.
COUNTRIES = [
    ("US", 30, 38.0, -97.0),
    ("CN", 12, 32.0, 112.0),
    ("GB", 6, 52.5, -1.5),
    ("DE", 6, 51.0, 10.0),
    ("JP", 6, 36.0, 138.0),
    ("FR", 5, 46.5, 2.5),
    ("ES", 4, 40.0, -3.5),
    ("IT", 4, 43.0, 12.0),
    ("NL", 3, 52.2, 5.3),
    ("CA", 3, 50.0, -95.0),
    ("MX", 3, 22.0, -101.0),
    ("BR", 3, -14.0, -51.0),
    ("AU", 3, -27.0, 134.0),
    ("SE", 2, 60.0, 15.0),
    ("DK", 2, 56.0, 9.5),
    ("BE", 2, 50.6, 4.5),
    ("PL", 2, 52.0, 19.0),
    ("KR", 2, 36.5, 127.8),
    ("AE", 1, 24.4, 54.5),
    ("FI", 1, 62.0, 26.0),
    ("NO", 1, 61.0, 9.0),
    ("AT", 1, 47.5, 14.5),
    ("CH", 1, 46.8, 8.2),
    ("TR", 1, 39.0, 35.0),
    ("ZA", 1, -29.0, 24.0),
    ("IN", 1, 21.0, 78.0),
    ("TH", 1, 15.0, 101.0),
    ("SG", 1, 1.35, 103.8),
]
PARK_WORDS_A = [
    "Silver",
    "Golden",
    "Thunder",
    "Crystal",
    "Cedar",
    "Dragon",
    "Pirate",
    "Magic",
    "Wild",
    "Happy",
    "Sunset",
    "Ocean",
    "Lake",
    "Mountain",
    "Kingdom",
    "Frontier",
    "Fantasy",
    "Star",
    "Adventure",
    "Funtown",
    "Harbor",
    "River",
    "Forest",
    "Dream",
    "Lucky",
    "Royal",
    "Canyon",
]
PARK_WORDS_B = [
    "Valley",
    "Point",
    "Island",
    "Coast",
    "Gardens",
    "World",
    "Land",
    "Bay",
    "Springs",
    "Hills",
    "Grove",
    "Shores",
    "Lagoon",
    "Ridge",
    "Woods",
    "Harbour",
    "Plains",
    "Meadows",
]
PARK_SUFFIX = {
    ParkType.THEME_PARK: ["Theme Park", "Resort", "Kingdom", ""],
    ParkType.AMUSEMENT_PARK: ["Amusement Park", "Pleasure Park", "Fun Park", ""],
    ParkType.WATER_PARK: ["Water Park", "Splash World", "Aquapark"],
    ParkType.ANIMAL_PARK: ["Safari Park", "Zoo & Rides", "Wildlife Park"],
    ParkType.OTHER: ["Family Park", "Fairground", "Pier"],
}
CITY_A = ["Oak", "River", "Stone", "Maple", "North", "South", "Clear", "Green", "Fair", "Red"]
CITY_B = ["field", "ton", "ville", "bridge", "haven", "port", "wood", "burg", "ford", "mouth"]
RIDE_WORDS_A = [
    "Thunder",
    "Dragon",
    "Phoenix",
    "Cyclone",
    "Serpent",
    "Vortex",
    "Falcon",
    "Titan",
    "Comet",
    "Tornado",
    "Raptor",
    "Viper",
    "Storm",
    "Blizzard",
    "Inferno",
    "Goliath",
    "Kraken",
    "Griffon",
    "Mamba",
    "Rocket",
    "Eagle",
    "Jaguar",
    "Wildcat",
    "Banshee",
    "Python",
    "Nighthawk",
    "Blue",
]
RIDE_WORDS_B = {
    RideCategory.ROLLER_COASTER: ["Coaster", "Express", "Run", "Mountain", "Racer", "Flyer", ""],
    RideCategory.DARK_RIDE: ["Mansion", "Quest", "Mystery", "Adventure", "Voyage"],
    RideCategory.FLAT_RIDE: ["Spinner", "Swing", "Drop Tower", "Carousel", "Wave", "Pendulum"],
    RideCategory.WATER_RIDE: ["Rapids", "Falls", "Log Flume", "Splash", "River"],
    RideCategory.TRANSPORT: ["Railroad", "Sky Ride", "Monorail", "Ferry"],
    RideCategory.OTHER: ["Maze", "Playground", "Observation Tower", "Theatre"],
}
CATEGORY_WEIGHTS = {
    RideCategory.ROLLER_COASTER: 28,
    RideCategory.FLAT_RIDE: 32,
    RideCategory.WATER_RIDE: 14,
    RideCategory.DARK_RIDE: 10,
    RideCategory.TRANSPORT: 6,
    RideCategory.OTHER: 10,
}
PARK_STATUS_WEIGHTS = {
    ParkStatus.OPERATING: 80,
    ParkStatus.CLOSED_PERMANENTLY: 8,
    ParkStatus.CLOSED_TEMPORARILY: 3,
    ParkStatus.DEMOLISHED: 4,
    ParkStatus.UNDER_CONSTRUCTION: 3,
    ParkStatus.ANNOUNCED: 2,
}
RIDE_STATUS_WEIGHTS = {
    RideStatus.OPERATING: 80,
    RideStatus.CLOSED_PERMANENTLY: 6,
    RideStatus.CLOSED_TEMPORARILY: 3,
    RideStatus.SBNO: 2,
    RideStatus.DEMOLISHED: 4,
    RideStatus.RELOCATED: 2,
    RideStatus.UNDER_CONSTRUCTION: 2,
    RideStatus.ANNOUNCED: 1,
}
PARK_TYPE_WEIGHTS = {
    ParkType.THEME_PARK: 40,
    ParkType.AMUSEMENT_PARK: 35,
    ParkType.WATER_PARK: 12,
    ParkType.ANIMAL_PARK: 6,
    ParkType.OTHER: 7,
}
COMPANY_WORDS = [
    "Northwind",
    "Apex",
    "Summit",
    "Meridian",
    "Atlas",
    "Horizon",
    "Pioneer",
    "Vanguard",
    "Keystone",
    "Evergreen",
    "Bluewater",
    "Ironside",
    "Redwood",
    "Lighthouse",
    "Polaris",
    "Orion",
    "Granite",
    "Silverline",
    "Beacon",
    "Cascade",
    "Harborview",
    "Sterling",
    "Crestview",
    "Westgate",
]
OPERATOR_SUFFIX = ["Leisure", "Parks & Resorts", "Entertainment", "Attractions Group", "Resorts"]
MANUFACTURER_SUFFIX = [
    "Ride Systems",
    "Engineering",
    "Coaster Works",
    "Amusement Rides",
    "Ride Co.",
]
SENTENCES = [
    "It is known for its {a} and its {b}.",
    "Families come for the {a}; thrill seekers come for the {b}.",
    "The {a} was rebuilt after a storm, and the {b} followed a few years later.",
    "Locals remember the {a} fondly, and the {b} still draws crowds on summer evenings.",
]
NOUNS = [
    "lakeside promenade",
    "wooden coaster",
    "night parade",
    "water rides",
    "carousel",
    "gardens",
]
