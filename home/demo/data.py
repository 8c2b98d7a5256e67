"""Curated demo content for ThrillWiki, loaded by ``manage.py load_demo``.

Everything here is plain Python data describing real, publicly known companies,
theme parks and rides. Values were compiled from public sources as accurately as
possible; where a figure was not reliably known it is left as ``None`` rather than
guessed. Units are metric: metres, km/h, centimetres, hectares, seconds.

Dates are ISO ``"YYYY-MM-DD"`` strings; ``"YYYY-01-01"`` means only the year is known.
Companies are referenced by ``name``, parks by ``title`` and ride models by ``name``.
Roller-coaster statistics (``track_material`` ... ``riders_per_car``) appear only on
rides whose category is ``"roller_coaster"``.
"""

COMPANIES = [
    # --- Operators and property owners -------------------------------------------------
    {
        "name": "Six Flags",
        "roles": ["operator", "property_owner"],
        "website": "https://www.sixflags.com",
        "founded_year": 1961,
        "country": "US",
        "description": (
            "American amusement park company that began with Six Flags Over Texas in 1961. "
            "In July 2024 it merged with Cedar Fair to form Six Flags Entertainment "
            "Corporation, North America's largest regional park operator."
        ),
    },
    {
        "name": "Cedar Fair",
        "roles": ["operator", "property_owner"],
        "website": "",
        "founded_year": 1983,
        "country": "US",
        "description": (
            "Sandusky, Ohio based operator of Cedar Point, Kings Island and other regional "
            "parks. It merged with Six Flags in 2024."
        ),
    },
    {
        "name": "The Walt Disney Company",
        "roles": ["operator", "property_owner"],
        "website": "https://thewaltdisneycompany.com",
        "founded_year": 1923,
        "country": "US",
        "description": (
            "Entertainment conglomerate whose Disney Experiences segment owns and operates "
            "the Disney theme parks in Florida, California, Paris and Hong Kong."
        ),
    },
    {
        "name": "Oriental Land Company",
        "roles": ["operator", "property_owner"],
        "website": "https://www.olc.co.jp",
        "founded_year": 1960,
        "country": "JP",
        "description": (
            "Japanese company that owns and operates Tokyo Disney Resort under a licence "
            "from The Walt Disney Company."
        ),
    },
    {
        "name": "Universal Destinations & Experiences",
        "roles": ["operator", "property_owner"],
        "website": "",
        "founded_year": None,
        "country": "US",
        "description": (
            "Comcast's theme park division, formerly Universal Parks & Resorts, which runs "
            "the Universal Orlando Resort among other parks."
        ),
    },
    {
        "name": "United Parks & Resorts",
        "roles": ["operator", "property_owner"],
        "website": "https://unitedparks.com",
        "founded_year": None,
        "country": "US",
        "description": (
            "Operator of the SeaWorld and Busch Gardens parks, known as SeaWorld "
            "Entertainment until 2024."
        ),
    },
    {
        "name": "Herschend Family Entertainment",
        "roles": ["operator", "property_owner"],
        "website": "https://www.hfecorp.com",
        "founded_year": 1950,
        "country": "US",
        "description": (
            "Family-owned American attractions company that operates Dollywood in "
            "partnership with Dolly Parton, as well as Silver Dollar City."
        ),
    },
    {
        "name": "Hershey Entertainment & Resorts",
        "roles": ["operator", "property_owner"],
        "website": "",
        "founded_year": 1927,
        "country": "US",
        "description": (
            "Company created by Milton S. Hershey's trust that operates Hersheypark and "
            "other attractions in Hershey, Pennsylvania."
        ),
    },
    {
        "name": "Merlin Entertainments",
        "roles": ["operator", "property_owner"],
        "website": "https://www.merlinentertainments.biz",
        "founded_year": 1999,
        "country": "GB",
        "description": (
            "British visitor-attraction operator whose theme parks include Alton Towers, "
            "Thorpe Park, Heide Park, Gardaland and the Legoland parks."
        ),
    },
    {
        "name": "Blackpool Pleasure Beach Ltd",
        "roles": ["operator", "property_owner"],
        "website": "https://www.blackpoolpleasurebeach.com",
        "founded_year": 1896,
        "country": "GB",
        "description": (
            "Family company of the Bean and Thompson family that has run Blackpool "
            "Pleasure Beach since its founding in 1896."
        ),
    },
    {
        "name": "Europa-Park GmbH & Co Mack KG",
        "roles": ["operator", "property_owner"],
        "website": "https://www.europapark.de",
        "founded_year": 1975,
        "country": "DE",
        "description": (
            "Mack-family company that owns and operates Europa-Park in Rust, next to the "
            "family's ride manufacturer Mack Rides."
        ),
    },
    {
        "name": "Phantasialand Schmidt-Löffelhardt GmbH & Co. KG",
        "roles": ["operator", "property_owner"],
        "website": "https://www.phantasialand.de",
        "founded_year": 1967,
        "country": "DE",
        "description": (
            "Family company of the Löffelhardt and Schmidt families that founded and "
            "still runs Phantasialand in Brühl."
        ),
    },
    {
        "name": "Efteling B.V.",
        "roles": ["operator", "property_owner"],
        "website": "https://www.efteling.com",
        "founded_year": 1952,
        "country": "NL",
        "description": "Company that operates the Efteling theme park in Kaatsheuvel.",
    },
    {
        "name": "Compagnie des Alpes",
        "roles": ["operator", "property_owner"],
        "website": "https://www.compagniedesalpes.com",
        "founded_year": 1989,
        "country": "FR",
        "description": (
            "French leisure group operating ski areas and leisure parks, including Parc "
            "Astérix, Walibi Belgium and Walibi Holland."
        ),
    },
    {
        "name": "PortAventura World",
        "roles": ["operator", "property_owner"],
        "website": "https://www.portaventuraworld.com",
        "founded_year": None,
        "country": "ES",
        "description": (
            "Resort company near Salou that operates PortAventura Park, Ferrari Land and "
            "Caribe Aquatic Park."
        ),
    },
    {
        "name": "Liseberg AB",
        "roles": ["operator", "property_owner"],
        "website": "https://www.liseberg.com",
        "founded_year": 1923,
        "country": "SE",
        "description": (
            "Company owned by the City of Gothenburg that operates the Liseberg "
            "amusement park."
        ),
    },
    {
        "name": "Parks and Resorts Scandinavia",
        "roles": ["operator", "property_owner"],
        "website": "",
        "founded_year": None,
        "country": "SE",
        "description": (
            "Swedish leisure group that owns Gröna Lund in Stockholm, Kolmården Wildlife "
            "Park and other attractions."
        ),
    },
    {
        "name": "Tivoli A/S",
        "roles": ["operator", "property_owner"],
        "website": "https://www.tivoli.dk",
        "founded_year": 1843,
        "country": "DK",
        "description": "Listed Danish company that runs the Tivoli Gardens in Copenhagen.",
    },
    {
        "name": "Fuji Kyuko",
        "roles": ["operator", "property_owner"],
        "website": "https://www.fujikyu.co.jp",
        "founded_year": 1926,
        "country": "JP",
        "description": (
            "Japanese railway and leisure group in the Mount Fuji area that owns "
            "Fuji-Q Highland."
        ),
    },
    # --- Manufacturers and designers -------------------------------------------------
    {
        "name": "Intamin",
        "roles": ["manufacturer", "designer"],
        "website": "https://www.intamin.com",
        "founded_year": 1967,
        "country": "LI",
        "description": (
            "Ride manufacturer based in Schaan, Liechtenstein, known for record-breaking "
            "launched coasters, drop towers and water rides."
        ),
    },
    {
        "name": "Bolliger & Mabillard",
        "roles": ["manufacturer", "designer"],
        "website": "https://www.bolliger-mabillard.com",
        "founded_year": 1988,
        "country": "CH",
        "description": (
            "Swiss roller coaster designer and manufacturer from Monthey, known for "
            "inverted, hyper, dive and wing coasters."
        ),
    },
    {
        "name": "Mack Rides",
        "roles": ["manufacturer", "designer"],
        "website": "https://mack-rides.com",
        "founded_year": None,
        "country": "DE",
        "description": (
            "Waldkirch-based ride manufacturer owned by the Mack family, which also runs "
            "Europa-Park; the family business traces its roots to a wagon builder founded "
            "in 1780."
        ),
    },
    {
        "name": "Vekoma",
        "roles": ["manufacturer", "designer"],
        "website": "https://www.vekoma.com",
        "founded_year": 1926,
        "country": "NL",
        "description": (
            "Dutch roller coaster manufacturer from Vlodrop, builder of the Boomerang and "
            "Suspended Looping Coaster models and many family coasters."
        ),
    },
    {
        "name": "Rocky Mountain Construction",
        "roles": ["manufacturer", "designer"],
        "website": "https://www.rockymtnconstruction.com",
        "founded_year": 2001,
        "country": "US",
        "description": (
            "Idaho company best known for converting wooden coasters into steel-tracked "
            "I-Box hybrids and for its Topper Track system."
        ),
    },
    {
        "name": "Gerstlauer",
        "roles": ["manufacturer"],
        "website": "https://www.gerstlauer-rides.de",
        "founded_year": 1982,
        "country": "DE",
        "description": (
            "Bavarian ride manufacturer known for the Euro-Fighter and Infinity Coaster "
            "models and spinning coasters."
        ),
    },
    {
        "name": "Great Coasters International",
        "roles": ["manufacturer", "designer"],
        "website": "https://www.greatcoasters.com",
        "founded_year": 1994,
        "country": "US",
        "description": (
            "Pennsylvania builder of twisting wooden roller coasters with Millennium "
            "Flyer trains."
        ),
    },
    {
        "name": "Zierer",
        "roles": ["manufacturer"],
        "website": "https://www.zierer.com",
        "founded_year": None,
        "country": "DE",
        "description": (
            "German manufacturer from Deggendorf of family coasters such as the Tivoli and "
            "Force models."
        ),
    },
    {
        "name": "Ingenieurbüro Stengel",
        "roles": ["designer"],
        "website": "",
        "founded_year": 1965,
        "country": "DE",
        "description": (
            "Munich engineering office founded by Werner Stengel that has calculated "
            "hundreds of roller coaster layouts worldwide."
        ),
    },
    {
        "name": "Premier Rides",
        "roles": ["manufacturer", "designer"],
        "website": "https://www.premier-rides.com",
        "founded_year": 1994,
        "country": "US",
        "description": (
            "Baltimore manufacturer that pioneered linear-motor launched roller coasters."
        ),
    },
    {
        "name": "S&S Worldwide",
        "roles": ["manufacturer", "designer"],
        "website": "https://www.s-s.com",
        "founded_year": 1994,
        "country": "US",
        "description": (
            "Utah manufacturer of air-powered launched coasters and tower rides, part of "
            "Sansei Technologies."
        ),
    },
    {
        "name": "Zamperla",
        "roles": ["manufacturer"],
        "website": "https://www.zamperla.com",
        "founded_year": 1966,
        "country": "IT",
        "description": (
            "Italian ride manufacturer from Vicenza producing family rides, flat rides and "
            "roller coasters."
        ),
    },
    {
        "name": "Arrow Dynamics",
        "roles": ["manufacturer", "designer"],
        "website": "",
        "founded_year": 1946,
        "country": "US",
        "description": (
            "Utah firm (originally Arrow Development) that built the first tubular-steel "
            "coasters and the first corkscrew; its assets were acquired by S&S in 2002."
        ),
    },
    {
        "name": "Schwarzkopf",
        "roles": ["manufacturer"],
        "website": "",
        "founded_year": None,
        "country": "DE",
        "description": (
            "Company of Anton Schwarzkopf that built classic looping and shuttle coasters "
            "from the 1960s to the 1980s."
        ),
    },
    {
        "name": "The Gravity Group",
        "roles": ["manufacturer", "designer"],
        "website": "https://www.thegravitygroup.com",
        "founded_year": 2002,
        "country": "US",
        "description": "Cincinnati-based designer of wooden roller coasters.",
    },
    {
        "name": "Hopkins Rides",
        "roles": ["manufacturer"],
        "website": "",
        "founded_year": None,
        "country": "US",
        "description": "American manufacturer of log flumes and shoot-the-chute water rides.",
    },
    {
        "name": "Huss Park Attractions",
        "roles": ["manufacturer"],
        "website": "https://www.huss-rides.com",
        "founded_year": 1919,
        "country": "DE",
        "description": (
            "Bremen-based manufacturer of flat rides such as the Top Spin, Condor and "
            "Break Dance."
        ),
    },
    {
        "name": "Giovanola",
        "roles": ["manufacturer"],
        "website": "",
        "founded_year": 1888,
        "country": "CH",
        "description": (
            "Swiss steel fabricator that built track for Bolliger & Mabillard and a small "
            "number of coasters under its own name."
        ),
    },
    {
        "name": "Philadelphia Toboggan Coasters",
        "roles": ["manufacturer", "designer"],
        "website": "",
        "founded_year": 1904,
        "country": "US",
        "description": (
            "Historic builder of wooden roller coasters and carousels, now a supplier of "
            "coaster trains and components."
        ),
    },
    {
        "name": "Custom Coasters International",
        "roles": ["manufacturer", "designer"],
        "website": "",
        "founded_year": 1991,
        "country": "US",
        "description": "Ohio builder of wooden roller coasters that ceased trading in 2002.",
    },
    {
        "name": "Roller Coaster Corporation of America",
        "roles": ["manufacturer"],
        "website": "",
        "founded_year": None,
        "country": "US",
        "description": "Atlanta-based wooden coaster builder active in the 1990s.",
    },
    {
        "name": "Dinn Corporation",
        "roles": ["manufacturer"],
        "website": "",
        "founded_year": None,
        "country": "US",
        "description": "Ohio wooden coaster builder founded by Charles Dinn.",
    },
    {
        "name": "Togo",
        "roles": ["manufacturer"],
        "website": "",
        "founded_year": None,
        "country": "JP",
        "description": "Japanese ride manufacturer, builder of Fujiyama at Fuji-Q Highland.",
    },
    {
        "name": "Funtime",
        "roles": ["manufacturer"],
        "website": "",
        "founded_year": None,
        "country": "AT",
        "description": "Austrian maker of the StarFlyer tower swing ride.",
    },
    {
        "name": "Walt Disney Imagineering",
        "roles": ["designer"],
        "website": "",
        "founded_year": 1952,
        "country": "US",
        "description": (
            "Design and development arm of The Walt Disney Company, founded as WED "
            "Enterprises, responsible for the Disney park attractions."
        ),
    },
]

RIDE_MODELS = [
    {"name": "Hyper Coaster", "manufacturer": "Bolliger & Mabillard", "category": "roller_coaster"},
    {
        "name": "Inverted Coaster",
        "manufacturer": "Bolliger & Mabillard",
        "category": "roller_coaster",
    },
    {"name": "Dive Coaster", "manufacturer": "Bolliger & Mabillard", "category": "roller_coaster"},
    {"name": "Wing Coaster", "manufacturer": "Bolliger & Mabillard", "category": "roller_coaster"},
    {
        "name": "Flying Coaster",
        "manufacturer": "Bolliger & Mabillard",
        "category": "roller_coaster",
    },
    {
        "name": "Floorless Coaster",
        "manufacturer": "Bolliger & Mabillard",
        "category": "roller_coaster",
    },
    {
        "name": "Stand-Up Coaster",
        "manufacturer": "Bolliger & Mabillard",
        "category": "roller_coaster",
    },
    {"name": "Accelerator Coaster", "manufacturer": "Intamin", "category": "roller_coaster"},
    {"name": "Giant Drop", "manufacturer": "Intamin", "category": "flat_ride"},
    {"name": "Boomerang", "manufacturer": "Vekoma", "category": "roller_coaster"},
    {"name": "SLC 689m", "manufacturer": "Vekoma", "category": "roller_coaster"},
    {"name": "Hurricane", "manufacturer": "Vekoma", "category": "roller_coaster"},
    {"name": "Euro-Fighter", "manufacturer": "Gerstlauer", "category": "roller_coaster"},
    {"name": "Infinity Coaster", "manufacturer": "Gerstlauer", "category": "roller_coaster"},
    {"name": "Wild Mouse", "manufacturer": "Mack Rides", "category": "roller_coaster"},
    {"name": "Power Splash", "manufacturer": "Mack Rides", "category": "roller_coaster"},
    {"name": "Tivoli", "manufacturer": "Zierer", "category": "roller_coaster"},
    {"name": "StarFlyer", "manufacturer": "Funtime", "category": "flat_ride"},
]

PARKS = [
    # --- United States and Canada -------------------------------------------------------
    {
        "title": "Cedar Point",
        "slug": "cedar-point",
        "rcdb_id": "4529",  # rcdb.com/4529.htm; other identifiers are left empty until checked
        "former_names": [],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1870-01-01",
        "closing_date": None,
        "operator": "Six Flags",
        "property_owner": "Six Flags",
        "city": "Sandusky",
        "region": "Ohio",
        "country": "US",
        "latitude": 41.4822,
        "longitude": -82.6835,
        "website": "https://www.cedarpoint.com",
        "size_hectares": 147.0,
        "intro": (
            "Amusement park on a Lake Erie peninsula, opened in 1870 and nicknamed the "
            "Roller Coaster Capital of the World for its record-breaking coasters."
        ),
        "areas": ["Main Midway", "Frontier Town", "Frontier Trail", "Gemini Midway",
                  "Millennium Midway", "Camp Snoopy"],
        "featured": True,
    },
    {
        "title": "Six Flags Magic Mountain",
        "slug": "six-flags-magic-mountain",
        "former_names": ["Magic Mountain"],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1971-05-29",
        "closing_date": None,
        "operator": "Six Flags",
        "property_owner": "Six Flags",
        "city": "Valencia",
        "region": "California",
        "country": "US",
        "latitude": 34.4253,
        "longitude": -118.5972,
        "website": "https://www.sixflags.com/magicmountain",
        "size_hectares": 106.0,
        "intro": (
            "Hillside thrill park north of Los Angeles that opened in 1971 and became part "
            "of Six Flags in 1979; it is known for one of the largest coaster collections "
            "in the world."
        ),
        "areas": ["Six Flags Plaza", "Samurai Summit", "Baja Ridge", "DC Universe",
                  "Rapids Camp Crossing", "Screampunk District", "Colossus County Fair"],
        "featured": False,
    },
    {
        "title": "Kings Island",
        "slug": "kings-island",
        "former_names": ["Paramount's Kings Island"],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1972-04-29",
        "closing_date": None,
        "operator": "Six Flags",
        "property_owner": "Six Flags",
        "city": "Mason",
        "region": "Ohio",
        "country": "US",
        "latitude": 39.3447,
        "longitude": -84.2686,
        "website": "https://www.visitkingsisland.com",
        "size_hectares": 147.0,
        "intro": (
            "Amusement park north of Cincinnati, opened in 1972 by Taft Broadcasting, famous "
            "for the wooden coaster The Beast and its replica Eiffel Tower."
        ),
        "areas": ["International Street", "Coney Mall", "Rivertown", "Action Zone",
                  "Area 72", "Planet Snoopy"],
        "featured": False,
    },
    {
        "title": "Busch Gardens Williamsburg",
        "slug": "busch-gardens-williamsburg",
        "former_names": ["Busch Gardens: The Old Country"],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1975-05-16",
        "closing_date": None,
        "operator": "United Parks & Resorts",
        "property_owner": "United Parks & Resorts",
        "city": "Williamsburg",
        "region": "Virginia",
        "country": "US",
        "latitude": 37.2341,
        "longitude": -76.6459,
        "website": "https://buschgardens.com/williamsburg/",
        "size_hectares": None,
        "intro": (
            "European-themed park opened in 1975 whose villages represent England, "
            "Scotland, Ireland, France, Germany and Italy."
        ),
        "areas": ["Banbury Cross", "Heatherdowns", "Killarney", "Aquitaine", "New France",
                  "Oktoberfest", "San Marco", "Festa Italia"],
        "featured": False,
    },
    {
        "title": "Magic Kingdom",
        "slug": "magic-kingdom",
        "former_names": [],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1971-10-01",
        "closing_date": None,
        "operator": "The Walt Disney Company",
        "property_owner": "The Walt Disney Company",
        "city": "Bay Lake",
        "region": "Florida",
        "country": "US",
        "latitude": 28.4177,
        "longitude": -81.5812,
        "website": "https://disneyworld.disney.go.com/destinations/magic-kingdom/",
        "size_hectares": 43.0,
        "intro": (
            "The first park of Walt Disney World, opened on 1 October 1971 and centred on "
            "Cinderella Castle; it is the most visited theme park in the world."
        ),
        "areas": ["Main Street, U.S.A.", "Adventureland", "Frontierland", "Liberty Square",
                  "Fantasyland", "Tomorrowland"],
        "featured": True,
    },
    {
        "title": "Universal Islands of Adventure",
        "slug": "universal-islands-of-adventure",
        "former_names": [],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1999-05-28",
        "closing_date": None,
        "operator": "Universal Destinations & Experiences",
        "property_owner": "Universal Destinations & Experiences",
        "city": "Orlando",
        "region": "Florida",
        "country": "US",
        "latitude": 28.4711,
        "longitude": -81.4716,
        "website": "https://www.universalorlando.com",
        "size_hectares": None,
        "intro": (
            "Second gate of Universal Orlando Resort, opened in 1999, with islands themed to "
            "Marvel, Jurassic Park, Dr. Seuss and the Wizarding World of Harry Potter."
        ),
        "areas": ["Port of Entry", "Marvel Super Hero Island", "Toon Lagoon", "Skull Island",
                  "Jurassic Park", "The Wizarding World of Harry Potter – Hogsmeade",
                  "The Lost Continent", "Seuss Landing"],
        "featured": False,
    },
    {
        "title": "Dollywood",
        "slug": "dollywood",
        "former_names": ["Rebel Railroad", "Goldrush Junction", "Silver Dollar City Tennessee"],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1961-01-01",
        "closing_date": None,
        "operator": "Herschend Family Entertainment",
        "property_owner": "Herschend Family Entertainment",
        "city": "Pigeon Forge",
        "region": "Tennessee",
        "country": "US",
        "latitude": 35.7955,
        "longitude": -83.5300,
        "website": "https://www.dollywood.com",
        "size_hectares": 61.0,
        "intro": (
            "Smoky Mountains theme park that began as the Rebel Railroad in 1961 and was "
            "renamed Dollywood in 1986 after Dolly Parton became a co-owner."
        ),
        "areas": ["Showstreet", "Rivertown Junction", "Craftsman's Valley", "Timber Canyon",
                  "Wilderness Pass", "Jukebox Junction", "Wildwood Grove", "Country Fair"],
        "featured": False,
    },
    {
        "title": "Hersheypark",
        "slug": "hersheypark",
        "former_names": ["Hershey Park"],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1906-01-01",
        "closing_date": None,
        "operator": "Hershey Entertainment & Resorts",
        "property_owner": "Hershey Entertainment & Resorts",
        "city": "Hershey",
        "region": "Pennsylvania",
        "country": "US",
        "latitude": 40.2888,
        "longitude": -76.6547,
        "website": "https://www.hersheypark.com",
        "size_hectares": None,
        "intro": (
            "Amusement park founded in 1906 by Milton S. Hershey as a leisure ground for the "
            "employees of his chocolate company."
        ),
        "areas": ["Chocolatetown", "Founder's Way", "Pioneer Frontier", "Midway America",
                  "The Boardwalk", "Kissing Tower Hill"],
        "featured": False,
    },
    {
        "title": "Canada's Wonderland",
        "slug": "canadas-wonderland",
        "former_names": ["Paramount Canada's Wonderland"],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1981-05-23",
        "closing_date": None,
        "operator": "Six Flags",
        "property_owner": "Six Flags",
        "city": "Vaughan",
        "region": "Ontario",
        "country": "CA",
        "latitude": 43.8430,
        "longitude": -79.5395,
        "website": "https://www.canadaswonderland.com",
        "size_hectares": 134.0,
        "intro": (
            "Canada's largest theme park, north of Toronto, opened in 1981 around the "
            "artificial Wonder Mountain."
        ),
        "areas": ["International Street", "Medieval Faire", "Action Zone", "Frontier Canada",
                  "Planet Snoopy", "Splash Works"],
        "featured": False,
    },
    {
        "title": "Six Flags New Orleans",
        "slug": "six-flags-new-orleans",
        "former_names": ["Jazzland"],
        "status": "demolished",
        "park_type": "theme_park",
        "opening_date": "2000-05-20",
        "closing_date": "2005-08-21",
        "operator": "Six Flags",
        "property_owner": None,
        "city": "New Orleans",
        "region": "Louisiana",
        "country": "US",
        "latitude": 30.0511,
        "longitude": -89.9344,
        "website": "",
        "size_hectares": None,
        "intro": (
            "Park in New Orleans East that opened as Jazzland in 2000 and was flooded by "
            "Hurricane Katrina in August 2005; it never reopened and demolition of the site "
            "began in late 2024."
        ),
        "areas": ["Mardi Gras", "Pontchartrain Beach", "Cajun Country",
                  "DC Comics Super Hero Adventures", "Looney Tunes Adventures"],
        "featured": False,
    },
    {
        "title": "Geauga Lake",
        "slug": "geauga-lake",
        "former_names": ["Six Flags Ohio", "Six Flags Worlds of Adventure"],
        "status": "demolished",
        "park_type": "amusement_park",
        "opening_date": "1888-01-01",
        "closing_date": "2007-09-16",
        "operator": "Cedar Fair",
        "property_owner": "Cedar Fair",
        "city": "Aurora",
        "region": "Ohio",
        "country": "US",
        "latitude": 41.3464,
        "longitude": -81.3776,
        "website": "",
        "size_hectares": None,
        "intro": (
            "Historic lakeside amusement park near Cleveland that was briefly a Six Flags "
            "park; Cedar Fair closed the ride side after the 2007 season and moved several "
            "coasters to its other parks."
        ),
        "areas": ["Wildwater Kingdom"],
        "featured": False,
    },
    # --- United Kingdom -----------------------------------------------------------------
    {
        "title": "Alton Towers",
        "slug": "alton-towers",
        "former_names": [],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1980-01-01",
        "closing_date": None,
        "operator": "Merlin Entertainments",
        "property_owner": "Merlin Entertainments",
        "city": "Alton",
        "region": "Staffordshire",
        "country": "GB",
        "latitude": 52.9874,
        "longitude": -1.8863,
        "website": "https://www.altontowers.com",
        "size_hectares": None,
        "intro": (
            "The UK's most visited theme park, built in the grounds of a ruined Gothic "
            "mansion and developed into a theme park from 1980."
        ),
        "areas": ["Towers Street", "Forbidden Valley", "X-Sector", "Dark Forest",
                  "Mutiny Bay", "Katanga Canyon", "Gloomy Wood", "CBeebies Land"],
        "featured": False,
    },
    {
        "title": "Thorpe Park",
        "slug": "thorpe-park",
        "former_names": ["Thorpe Park Resort"],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1979-05-24",
        "closing_date": None,
        "operator": "Merlin Entertainments",
        "property_owner": None,
        "city": "Chertsey",
        "region": "Surrey",
        "country": "GB",
        "latitude": 51.4047,
        "longitude": -0.5131,
        "website": "https://www.thorpepark.com",
        "size_hectares": None,
        "intro": (
            "Thrill-focused park built on former gravel pits in Surrey, opened in 1979 and "
            "surrounded by lakes."
        ),
        "areas": ["Port Atlantis", "Lost City", "Amity Cove", "Ranger County",
                  "Fearless Valley"],
        "featured": False,
    },
    {
        "title": "Blackpool Pleasure Beach",
        "slug": "blackpool-pleasure-beach",
        "former_names": [],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1896-01-01",
        "closing_date": None,
        "operator": "Blackpool Pleasure Beach Ltd",
        "property_owner": "Blackpool Pleasure Beach Ltd",
        "city": "Blackpool",
        "region": "Lancashire",
        "country": "GB",
        "latitude": 53.7916,
        "longitude": -3.0556,
        "website": "https://www.blackpoolpleasurebeach.com",
        "size_hectares": 17.0,
        "intro": (
            "Seaside amusement park founded in 1896 and still run by the same family, home "
            "to several historic wooden coasters."
        ),
        "areas": ["Nickelodeon Land"],
        "featured": False,
    },
    # --- Germany ------------------------------------------------------------------------
    {
        "title": "Europa-Park",
        "slug": "europa-park",
        "former_names": [],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1975-07-12",
        "closing_date": None,
        "operator": "Europa-Park GmbH & Co Mack KG",
        "property_owner": "Europa-Park GmbH & Co Mack KG",
        "city": "Rust",
        "region": "Baden-Württemberg",
        "country": "DE",
        "latitude": 48.2660,
        "longitude": 7.7220,
        "website": "https://www.europapark.de",
        "size_hectares": 95.0,
        "intro": (
            "Germany's largest theme park, founded by the Mack family in 1975, with themed "
            "areas representing European countries."
        ),
        "areas": ["France", "Iceland", "Russia", "Greece", "Switzerland", "Portugal",
                  "Croatia", "Netherlands"],
        "featured": True,
    },
    {
        "title": "Phantasialand",
        "slug": "phantasialand",
        "former_names": [],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1967-04-30",
        "closing_date": None,
        "operator": "Phantasialand Schmidt-Löffelhardt GmbH & Co. KG",
        "property_owner": "Phantasialand Schmidt-Löffelhardt GmbH & Co. KG",
        "city": "Brühl",
        "region": "North Rhine-Westphalia",
        "country": "DE",
        "latitude": 50.7990,
        "longitude": 6.8789,
        "website": "https://www.phantasialand.de",
        "size_hectares": 28.0,
        "intro": (
            "Densely themed park near Cologne, opened in 1967, known for fitting large "
            "attractions such as Taron and F.L.Y. into a compact site."
        ),
        "areas": ["Berlin", "China Town", "Mystery", "Deep in Africa", "Mexico", "Fantasy",
                  "Klugheim", "Rookburgh"],
        "featured": True,
    },
    {
        "title": "Heide Park",
        "slug": "heide-park",
        "former_names": ["Heide-Park Soltau"],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1978-01-01",
        "closing_date": None,
        "operator": "Merlin Entertainments",
        "property_owner": "Merlin Entertainments",
        "city": "Soltau",
        "region": "Lower Saxony",
        "country": "DE",
        "latitude": 53.0245,
        "longitude": 9.8726,
        "website": "https://www.heide-park.de",
        "size_hectares": 85.0,
        "intro": (
            "Theme park on the Lüneburg Heath between Hamburg and Hanover, opened in 1978 "
            "and operated by Merlin Entertainments since 2007."
        ),
        "areas": ["Transsilvanien", "Land der Vergessenen", "Bucht der Totenkopfpiraten",
                  "Drachenzähmen – Die Insel", "Peppa Pig Land"],
        "featured": False,
    },
    # --- Netherlands and Belgium --------------------------------------------------------
    {
        "title": "Efteling",
        "slug": "efteling",
        "former_names": [],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1952-05-31",
        "closing_date": None,
        "operator": "Efteling B.V.",
        "property_owner": "Efteling B.V.",
        "city": "Kaatsheuvel",
        "region": "North Brabant",
        "country": "NL",
        "latitude": 51.6501,
        "longitude": 5.0498,
        "website": "https://www.efteling.com",
        "size_hectares": 72.0,
        "intro": (
            "Fairy-tale theme park that grew from the Fairytale Forest designed by Anton "
            "Pieck in 1952; it is the most visited park in the Netherlands."
        ),
        "areas": ["Fairy Realm", "Fantasy Realm", "Travel Realm", "Other Realm",
                  "Rough Realm"],
        "featured": True,
    },
    {
        "title": "Walibi Holland",
        "slug": "walibi-holland",
        "former_names": ["Walibi Flevo", "Six Flags Holland", "Walibi World"],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1994-01-01",
        "closing_date": None,
        "operator": "Compagnie des Alpes",
        "property_owner": "Compagnie des Alpes",
        "city": "Biddinghuizen",
        "region": "Flevoland",
        "country": "NL",
        "latitude": 52.4389,
        "longitude": 5.7664,
        "website": "https://www.walibi.nl",
        "size_hectares": None,
        "intro": (
            "Thrill park on the site of the former Flevohof agricultural park, which became "
            "Walibi Flevo in 1994 and Six Flags Holland in 2000 before taking its current "
            "name in 2011."
        ),
        "areas": ["Wilderness", "Speed Zone", "Exotic", "Zero Zone"],
        "featured": False,
    },
    {
        "title": "Walibi Belgium",
        "slug": "walibi-belgium",
        "former_names": ["Walibi", "Six Flags Belgium"],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1975-07-26",
        "closing_date": None,
        "operator": "Compagnie des Alpes",
        "property_owner": "Compagnie des Alpes",
        "city": "Wavre",
        "region": "Walloon Brabant",
        "country": "BE",
        "latitude": 50.7003,
        "longitude": 4.5900,
        "website": "https://www.walibi.be",
        "size_hectares": None,
        "intro": (
            "Amusement park south-east of Brussels, opened in 1975; its name comes from the "
            "neighbouring communes of WAvre, LImal and BIerges."
        ),
        "areas": ["Exotic World", "Karma World", "Fun World", "Dock World"],
        "featured": False,
    },
    # --- France -------------------------------------------------------------------------
    {
        "title": "Parc Astérix",
        "slug": "parc-asterix",
        "former_names": [],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1989-04-30",
        "closing_date": None,
        "operator": "Compagnie des Alpes",
        "property_owner": "Compagnie des Alpes",
        "city": "Plailly",
        "region": "Oise",
        "country": "FR",
        "latitude": 49.1341,
        "longitude": 2.5711,
        "website": "https://www.parcasterix.fr",
        "size_hectares": None,
        "intro": (
            "Theme park north of Paris based on the Astérix comics by Goscinny and "
            "Uderzo, opened in 1989."
        ),
        "areas": ["La Gaule", "L'Empire romain", "La Grèce antique", "Les Vikings",
                  "À travers le temps", "L'Égypte", "Festival Toutatis"],
        "featured": False,
    },
    {
        "title": "Disneyland Park (Paris)",
        "slug": "disneyland-park-paris",
        "former_names": ["Euro Disneyland"],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1992-04-12",
        "closing_date": None,
        "operator": "The Walt Disney Company",
        "property_owner": "The Walt Disney Company",
        "city": "Chessy",
        "region": "Seine-et-Marne",
        "country": "FR",
        "latitude": 48.8722,
        "longitude": 2.7758,
        "website": "https://www.disneylandparis.com",
        "size_hectares": None,
        "intro": (
            "The first park of Disneyland Paris, opened as Euro Disneyland on 12 April 1992 "
            "at Marne-la-Vallée east of Paris."
        ),
        "areas": ["Main Street, U.S.A.", "Frontierland", "Adventureland", "Fantasyland",
                  "Discoveryland"],
        "featured": False,
    },
    # --- Spain and Italy ----------------------------------------------------------------
    {
        "title": "PortAventura Park",
        "slug": "portaventura-park",
        "former_names": ["Port Aventura", "Universal's Port Aventura"],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1995-05-01",
        "closing_date": None,
        "operator": "PortAventura World",
        "property_owner": "PortAventura World",
        "city": "Salou",
        "region": "Tarragona",
        "country": "ES",
        "latitude": 41.0878,
        "longitude": 1.1575,
        "website": "https://www.portaventuraworld.com",
        "size_hectares": None,
        "intro": (
            "Theme park on the Costa Daurada opened in 1995, with areas themed to the "
            "Mediterranean, Polynesia, China, Mexico and the Far West."
        ),
        "areas": ["Mediterrània", "Polynesia", "China", "Mexico", "Far West",
                  "SésamoAventura"],
        "featured": False,
    },
    {
        "title": "Gardaland",
        "slug": "gardaland",
        "former_names": [],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1975-07-19",
        "closing_date": None,
        "operator": "Merlin Entertainments",
        "property_owner": "Merlin Entertainments",
        "city": "Castelnuovo del Garda",
        "region": "Veneto",
        "country": "IT",
        "latitude": 45.4546,
        "longitude": 10.7137,
        "website": "https://www.gardaland.it",
        "size_hectares": None,
        "intro": (
            "Italy's largest theme park, on the south-eastern shore of Lake Garda, opened "
            "in 1975."
        ),
        "areas": ["Fantasy Kingdom", "Prezzemolo Land", "Peppa Pig Land", "Dragon Empire"],
        "featured": False,
    },
    # --- Scandinavia --------------------------------------------------------------------
    {
        "title": "Liseberg",
        "slug": "liseberg",
        "former_names": [],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1923-05-08",
        "closing_date": None,
        "operator": "Liseberg AB",
        "property_owner": "Liseberg AB",
        "city": "Gothenburg",
        "region": "Västra Götaland",
        "country": "SE",
        "latitude": 57.6953,
        "longitude": 11.9920,
        "website": "https://www.liseberg.com",
        "size_hectares": None,
        "intro": (
            "City-owned amusement park in central Gothenburg, opened in 1923 for the city's "
            "300th anniversary and built partly on a hillside."
        ),
        "areas": ["Myths & Legends", "Kaninlandet"],
        "featured": False,
    },
    {
        "title": "Gröna Lund",
        "slug": "grona-lund",
        "former_names": [],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1883-01-01",
        "closing_date": None,
        "operator": "Parks and Resorts Scandinavia",
        "property_owner": "Parks and Resorts Scandinavia",
        "city": "Stockholm",
        "region": "Stockholm County",
        "country": "SE",
        "latitude": 59.3233,
        "longitude": 18.0963,
        "website": "https://www.gronalund.com",
        "size_hectares": None,
        "intro": (
            "Compact waterfront amusement park on the island of Djurgården, dating from "
            "1883, where coasters are tightly interwoven above the paths."
        ),
        "areas": [],
        "featured": False,
    },
    {
        "title": "Tivoli Gardens",
        "slug": "tivoli-gardens",
        "former_names": ["Tivoli & Vauxhall"],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1843-08-15",
        "closing_date": None,
        "operator": "Tivoli A/S",
        "property_owner": "Tivoli A/S",
        "city": "Copenhagen",
        "region": "Capital Region of Denmark",
        "country": "DK",
        "latitude": 55.6737,
        "longitude": 12.5681,
        "website": "https://www.tivoli.dk",
        "size_hectares": 8.2,
        "intro": (
            "Pleasure garden in central Copenhagen founded by Georg Carstensen in 1843, one "
            "of the oldest operating amusement parks in the world."
        ),
        "areas": [],
        "featured": True,
    },
    {
        "title": "Bakken",
        "slug": "bakken",
        "former_names": ["Dyrehavsbakken"],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1583-01-01",
        "closing_date": None,
        "operator": None,
        "property_owner": None,
        "city": "Klampenborg",
        "region": "Capital Region of Denmark",
        "country": "DK",
        "latitude": 55.7747,
        "longitude": 12.5789,
        "website": "https://www.bakken.dk",
        "size_hectares": None,
        "intro": (
            "Free-entry amusement park in the Jægersborg Dyrehave deer park north of "
            "Copenhagen, dating from 1583 and regarded as the world's oldest operating "
            "amusement park."
        ),
        "areas": [],
        "featured": False,
    },
    # --- Japan --------------------------------------------------------------------------
    {
        "title": "Fuji-Q Highland",
        "slug": "fuji-q-highland",
        "former_names": ["Fuji Lama Park"],
        "status": "operating",
        "park_type": "amusement_park",
        "opening_date": "1964-07-08",
        "closing_date": None,
        "operator": "Fuji Kyuko",
        "property_owner": "Fuji Kyuko",
        "city": "Fujiyoshida",
        "region": "Yamanashi",
        "country": "JP",
        "latitude": 35.4872,
        "longitude": 138.7801,
        "website": "https://www.fujiq.jp",
        "size_hectares": None,
        "intro": (
            "Amusement park at the foot of Mount Fuji that opened in 1964 as Fuji Lama Park "
            "and took its current name in 1969; it is known for record-setting coasters."
        ),
        "areas": ["Thomas Land", "Lisa and Gaspard Town"],
        "featured": False,
    },
    {
        "title": "Tokyo Disneyland",
        "slug": "tokyo-disneyland",
        "former_names": [],
        "status": "operating",
        "park_type": "theme_park",
        "opening_date": "1983-04-15",
        "closing_date": None,
        "operator": "Oriental Land Company",
        "property_owner": "Oriental Land Company",
        "city": "Urayasu",
        "region": "Chiba",
        "country": "JP",
        "latitude": 35.6329,
        "longitude": 139.8804,
        "website": "https://www.tokyodisneyresort.jp",
        "size_hectares": 51.0,
        "intro": (
            "The first Disney park built outside the United States, opened on 15 April 1983 "
            "and owned by the Oriental Land Company under licence."
        ),
        "areas": ["World Bazaar", "Adventureland", "Westernland", "Critter Country",
                  "Fantasyland", "Toontown", "Tomorrowland"],
        "featured": False,
    },
]

RIDES = [
    # ===================================================================== Cedar Point
    {
        "park": "Cedar Point", "title": "Millennium Force", "slug": "millennium-force",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2000-05-13", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": "Ingenieurbüro Stengel", "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "The first roller coaster to exceed 300 feet, opened in 2000 with a cable lift "
            "and an 80-degree first drop toward Lake Erie."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "cable_lift",
        "height_m": 94.5, "drop_m": 91.4, "length_m": 2010.0, "speed_kmh": 150.0,
        "inversions": 0, "max_vertical_angle_deg": 80.0, "g_force": None,
        "trains": 3, "cars_per_train": 9, "riders_per_car": 4,
    },
    {
        "park": "Cedar Point", "title": "Steel Vengeance", "slug": "steel-vengeance",
        "area": "Frontier Town", "category": "roller_coaster", "status": "operating",
        "opening_date": "2018-05-05", "closing_date": None, "former_names": [],
        "manufacturer": "Rocky Mountain Construction",
        "designer": "Rocky Mountain Construction", "ride_model": None,
        "min_height_cm": 132, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Hybrid coaster built by Rocky Mountain Construction on the structure of the "
            "wooden Mean Streak; at opening it was the tallest hybrid coaster in the world."
        ),
        "track_material": "hybrid", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 62.5, "drop_m": 61.0, "length_m": 1740.0, "speed_kmh": 119.0,
        "inversions": 4, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": 3, "cars_per_train": 6, "riders_per_car": 4,
    },
    {
        "park": "Cedar Point", "title": "Mean Streak", "slug": "mean-streak",
        "area": "Frontier Town", "category": "roller_coaster",
        "status": "closed_permanently",
        "opening_date": "1991-05-11", "closing_date": "2016-09-16", "former_names": [],
        "manufacturer": "Dinn Corporation", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Large wooden twister that was the tallest wooden coaster in the world when it "
            "opened; after closing in 2016 its structure was reused for Steel Vengeance."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 49.1, "drop_m": 47.2, "length_m": 1654.0, "speed_kmh": 105.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Cedar Point", "title": "Maverick", "slug": "maverick",
        "area": "Frontier Town", "category": "roller_coaster", "status": "operating",
        "opening_date": "2007-05-26", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": 132, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Western-themed Intamin coaster with a 95-degree first drop and two linear "
            "synchronous motor launches, the second inside a tunnel."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 32.0, "drop_m": 30.5, "length_m": 1375.0, "speed_kmh": 113.0,
        "inversions": 2, "max_vertical_angle_deg": 95.0, "g_force": None,
        "trains": 6, "cars_per_train": 2, "riders_per_car": 6,
    },
    {
        "park": "Cedar Point", "title": "Magnum XL-200", "slug": "magnum-xl-200",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1989-05-06", "closing_date": None, "former_names": [],
        "manufacturer": "Arrow Dynamics", "designer": "Arrow Dynamics", "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Out-and-back Arrow coaster along the Lake Erie shore; it was the first complete "
            "circuit roller coaster taller than 200 feet."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 62.5, "drop_m": 59.4, "length_m": 1541.0, "speed_kmh": 117.0,
        "inversions": 0, "max_vertical_angle_deg": 60.0, "g_force": None,
        "trains": 3, "cars_per_train": 6, "riders_per_car": 6,
    },
    {
        "park": "Cedar Point", "title": "Top Thrill 2", "slug": "top-thrill-2",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2024-05-04", "closing_date": None,
        "former_names": ["Top Thrill Dragster"],
        "manufacturer": "Zamperla", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Rebuild by Zamperla of Intamin's Top Thrill Dragster (2003-2021), adding a "
            "second 128 m vertical spike and three LSM launches, the last reaching 193 km/h."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 128.0, "drop_m": 122.0, "length_m": None, "speed_kmh": 193.0,
        "inversions": 0, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": 3, "cars_per_train": 5, "riders_per_car": 4,
    },
    {
        "park": "Cedar Point", "title": "GateKeeper", "slug": "gatekeeper",
        "area": "Main Midway", "category": "roller_coaster", "status": "operating",
        "opening_date": "2013-05-11", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Wing Coaster",
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Wing coaster at the park entrance whose trains pass through two keyhole towers "
            "over the front gate."
        ),
        "track_material": "steel", "coaster_type": "wing", "launch_type": "chain_lift",
        "height_m": 51.8, "drop_m": 50.3, "length_m": 1285.0, "speed_kmh": 108.0,
        "inversions": 6, "max_vertical_angle_deg": None, "g_force": None,
        "trains": 3, "cars_per_train": 8, "riders_per_car": 4,
    },
    {
        "park": "Cedar Point", "title": "Valravn", "slug": "valravn",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2016-05-07", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Dive Coaster",
        "min_height_cm": 132, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Dive coaster that briefly holds riders over a vertical first drop; when it "
            "opened it set records for the tallest, fastest and longest dive coaster."
        ),
        "track_material": "steel", "coaster_type": "dive", "launch_type": "chain_lift",
        "height_m": 68.6, "drop_m": 65.2, "length_m": 1039.0, "speed_kmh": 121.0,
        "inversions": 3, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": 3, "cars_per_train": 3, "riders_per_car": 8,
    },
    {
        "park": "Cedar Point", "title": "Raptor", "slug": "raptor",
        "area": "Main Midway", "category": "roller_coaster", "status": "operating",
        "opening_date": "1994-05-07", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "Green inverted coaster on the Main Midway with six inversions.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 41.8, "drop_m": 36.6, "length_m": 1155.0, "speed_kmh": 92.0,
        "inversions": 6, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": 8, "riders_per_car": 4,
    },
    {
        "park": "Cedar Point", "title": "Gemini", "slug": "gemini",
        "area": "Gemini Midway", "category": "roller_coaster", "status": "operating",
        "opening_date": "1978-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Arrow Dynamics", "designer": "Arrow Dynamics", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Racing coaster with two side-by-side steel tracks on a wooden-style "
            "structure."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 38.1, "drop_m": 36.0, "length_m": 1200.0, "speed_kmh": 97.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Cedar Point", "title": "Blue Streak", "slug": "blue-streak",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1964-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Philadelphia Toboggan Coasters", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Out-and-back wooden coaster from 1964, the oldest coaster at Cedar Point.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 23.8, "drop_m": 21.9, "length_m": 780.0, "speed_kmh": 64.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Cedar Point", "title": "Disaster Transport", "slug": "disaster-transport",
        "area": None, "category": "roller_coaster", "status": "demolished",
        "opening_date": "1985-01-01", "closing_date": "2012-09-03",
        "former_names": ["Avalanche Run"],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Bobsled coaster that opened outdoors as Avalanche Run and was enclosed in a "
            "building and re-themed in 1990; it was removed after the 2012 season."
        ),
        "track_material": "steel", "coaster_type": "bobsled", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Cedar Point", "title": "Cedar Point & Lake Erie Railroad",
        "slug": "cedar-point-lake-erie-railroad", "area": None, "category": "transport",
        "status": "operating", "opening_date": "1963-01-01", "closing_date": None,
        "former_names": [], "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Narrow-gauge steam railroad that circles part of the park.",
    },
    {
        "park": "Cedar Point", "title": "Snake River Falls", "slug": "snake-river-falls",
        "area": None, "category": "water_ride", "status": "operating",
        "opening_date": "1993-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Shoot-the-chute boat ride whose drop ends in a large splash.",
    },
    {
        "park": "Cedar Point", "title": "Power Tower", "slug": "power-tower",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "1998-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "S&S Worldwide", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Set of four roughly 91 m towers, two launching riders upward and two dropping "
            "them downward with compressed air."
        ),
    },
    {
        "park": "Cedar Point", "title": "maXair", "slug": "maxair",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "2005-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Huss Park Attractions", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Huss Giant Frisbee pendulum ride swinging riders in a rotating gondola.",
    },
    {
        "park": "Cedar Point", "title": "Cedar Downs Racing Derby",
        "slug": "cedar-downs-racing-derby",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "1967-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Vintage racing-derby carousel whose horses move back and forth as they race; "
            "it has operated at Cedar Point since 1967."
        ),
    },
    # ======================================================== Six Flags Magic Mountain
    {
        "park": "Six Flags Magic Mountain", "title": "X2", "slug": "x2",
        "area": "Baja Ridge", "category": "roller_coaster", "status": "operating",
        "opening_date": "2002-01-12", "closing_date": None, "former_names": ["X"],
        "manufacturer": "Arrow Dynamics", "designer": "Arrow Dynamics", "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "The first 4th Dimension coaster, whose seats rotate independently of the track; "
            "it was rebuilt and renamed X2 in 2008."
        ),
        "track_material": "steel", "coaster_type": "fourth_dimension",
        "launch_type": "chain_lift",
        "height_m": 53.0, "drop_m": 65.5, "length_m": 1100.0, "speed_kmh": 122.0,
        "inversions": 2, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Twisted Colossus",
        "slug": "twisted-colossus", "area": "Colossus County Fair",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "2015-05-23", "closing_date": None, "former_names": ["Colossus"],
        "manufacturer": "Rocky Mountain Construction",
        "designer": "Rocky Mountain Construction", "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "RMC hybrid conversion of the 1978 wooden racing coaster Colossus, laid out as a "
            "Möbius loop so trains on the two sides can duel."
        ),
        "track_material": "hybrid", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 37.0, "drop_m": 39.0, "length_m": 1521.0, "speed_kmh": 92.0,
        "inversions": 2, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Goliath", "slug": "goliath",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2000-02-11", "closing_date": None, "former_names": [],
        "manufacturer": "Giovanola", "designer": None, "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": "Giovanola hyper coaster with a 77.7 m first drop into a tunnel.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 71.6, "drop_m": 77.7, "length_m": 1372.0, "speed_kmh": 137.0,
        "inversions": 0, "max_vertical_angle_deg": 61.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Tatsu", "slug": "tatsu",
        "area": "Samurai Summit", "category": "roller_coaster", "status": "operating",
        "opening_date": "2006-05-13", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Flying Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Flying coaster built along the hillside of Samurai Summit, featuring a "
            "pretzel loop."
        ),
        "track_material": "steel", "coaster_type": "flying", "launch_type": "chain_lift",
        "height_m": 52.0, "drop_m": 34.0, "length_m": 1098.0, "speed_kmh": 100.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Batman: The Ride",
        "slug": "batman-the-ride", "area": "DC Universe", "category": "roller_coaster",
        "status": "operating", "opening_date": "1994-01-01", "closing_date": None,
        "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "Clone of the Batman: The Ride inverted coaster that debuted in 1992.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 30.5, "drop_m": 24.4, "length_m": 823.0, "speed_kmh": 80.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Full Throttle", "slug": "full-throttle",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2013-06-22", "closing_date": None, "former_names": [],
        "manufacturer": "Premier Rides", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "LSM-launched coaster with a 49 m vertical loop, the tallest loop in the world "
            "when it opened."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 48.8, "drop_m": None, "length_m": 671.0, "speed_kmh": 113.0,
        "inversions": 1, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Riddler's Revenge",
        "slug": "riddlers-revenge", "area": None, "category": "roller_coaster",
        "status": "operating", "opening_date": "1998-04-04", "closing_date": None,
        "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Stand-Up Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "Record-setting stand-up coaster with six inversions.",
        "track_material": "steel", "coaster_type": "stand_up", "launch_type": "chain_lift",
        "height_m": 47.5, "drop_m": 44.8, "length_m": 1332.0, "speed_kmh": 105.0,
        "inversions": 6, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "The New Revolution",
        "slug": "the-new-revolution", "area": None, "category": "roller_coaster",
        "status": "operating", "opening_date": "1976-05-08", "closing_date": None,
        "former_names": ["The Great American Revolution", "Revolution"],
        "manufacturer": "Schwarzkopf", "designer": "Ingenieurbüro Stengel", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Schwarzkopf terrain coaster from 1976, the first modern roller coaster with a "
            "vertical loop."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 34.4, "drop_m": 28.0, "length_m": 1054.0, "speed_kmh": 89.0,
        "inversions": 1, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Scream!", "slug": "scream",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2003-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Floorless Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Floorless coaster with seven inversions built over a parking lot.",
        "track_material": "steel", "coaster_type": "floorless", "launch_type": "chain_lift",
        "height_m": 45.7, "drop_m": 42.7, "length_m": 1215.0, "speed_kmh": 101.0,
        "inversions": 7, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Superman: Escape from Krypton",
        "slug": "superman-escape-from-krypton", "area": None, "category": "roller_coaster",
        "status": "sbno", "opening_date": "1997-01-01", "closing_date": None,
        "former_names": ["Superman: The Escape"],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Intamin shuttle coaster on a 126 m L-shaped tower that opened in 1997 as the "
            "world's tallest and fastest coaster; it stopped running in September 2024 and "
            "the park confirmed in March 2025 that it will not reopen."
        ),
        "track_material": "steel", "coaster_type": "other", "launch_type": "lsm_launch",
        "height_m": 126.5, "drop_m": None, "length_m": None, "speed_kmh": 161.0,
        "inversions": 0, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Lex Luthor: Drop of Doom",
        "slug": "lex-luthor-drop-of-doom", "area": None, "category": "flat_ride",
        "status": "operating", "opening_date": "2012-01-01", "closing_date": None,
        "former_names": [], "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Drop tower ride attached to the side of the Superman: Escape from Krypton tower.",
    },
    {
        "park": "Six Flags Magic Mountain", "title": "Roaring Rapids", "slug": "roaring-rapids",
        "area": "Rapids Camp Crossing", "category": "water_ride", "status": "operating",
        "opening_date": "1981-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Circular-raft river rapids ride.",
    },
    # ==================================================================== Kings Island
    {
        "park": "Kings Island", "title": "The Beast", "slug": "the-beast",
        "area": "Rivertown", "category": "roller_coaster", "status": "operating",
        "opening_date": "1979-04-14", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Terrain wooden coaster designed and built in-house by Kings Island; it is the "
            "longest wooden roller coaster in the world."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 33.8, "drop_m": 41.1, "length_m": 2243.0, "speed_kmh": 105.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": 3, "cars_per_train": 6, "riders_per_car": 4,
    },
    {
        "park": "Kings Island", "title": "Son of Beast", "slug": "son-of-beast",
        "area": "Action Zone", "category": "roller_coaster", "status": "demolished",
        "opening_date": "2000-05-26", "closing_date": "2009-06-16", "former_names": [],
        "manufacturer": "Roller Coaster Corporation of America",
        "designer": "Ingenieurbüro Stengel", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Record-breaking wooden coaster and the only one with a vertical loop, which was "
            "removed in 2006; it never reopened after 2009 and was demolished in 2012."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 66.4, "drop_m": 65.5, "length_m": 2143.0, "speed_kmh": 126.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Kings Island", "title": "Diamondback", "slug": "diamondback",
        "area": "Rivertown", "category": "roller_coaster", "status": "operating",
        "opening_date": "2009-04-18", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Hyper Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "B&M hyper coaster that ends with a splashdown over a pond.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 70.1, "drop_m": 65.5, "length_m": 1610.0, "speed_kmh": 129.0,
        "inversions": 0, "max_vertical_angle_deg": 74.0, "g_force": None,
        "trains": 3, "cars_per_train": 8, "riders_per_car": 4,
    },
    {
        "park": "Kings Island", "title": "Orion", "slug": "orion",
        "area": "Area 72", "category": "roller_coaster", "status": "operating",
        "opening_date": "2020-07-02", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Hyper Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "Giga coaster with a 91 m first drop, the park's tallest ride.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 87.5, "drop_m": 91.4, "length_m": 1645.0, "speed_kmh": 146.0,
        "inversions": 0, "max_vertical_angle_deg": 85.0, "g_force": None,
        "trains": 3, "cars_per_train": 7, "riders_per_car": 4,
    },
    {
        "park": "Kings Island", "title": "Banshee", "slug": "banshee",
        "area": "Action Zone", "category": "roller_coaster", "status": "operating",
        "opening_date": "2014-04-18", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Inverted coaster on the former site of Son of Beast; at opening it was the "
            "longest inverted coaster in the world."
        ),
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 51.2, "drop_m": 45.7, "length_m": 1257.0, "speed_kmh": 109.0,
        "inversions": 7, "max_vertical_angle_deg": None, "g_force": None,
        "trains": 3, "cars_per_train": 8, "riders_per_car": 4,
    },
    {
        "park": "Kings Island", "title": "Mystic Timbers", "slug": "mystic-timbers",
        "area": "Rivertown", "category": "roller_coaster", "status": "operating",
        "opening_date": "2017-04-15", "closing_date": None, "former_names": [],
        "manufacturer": "Great Coasters International",
        "designer": "Great Coasters International", "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": "Wooden coaster through the woods of Rivertown, ending at a mysterious shed.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 33.0, "drop_m": 30.5, "length_m": 995.0, "speed_kmh": 85.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Kings Island", "title": "The Racer", "slug": "the-racer",
        "area": "Coney Mall", "category": "roller_coaster", "status": "operating",
        "opening_date": "1972-04-29", "closing_date": None, "former_names": [],
        "manufacturer": "Philadelphia Toboggan Coasters",
        "designer": "Philadelphia Toboggan Coasters", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Twin-track wooden racing coaster designed by John C. Allen, an opening-day ride "
            "credited with reviving interest in wooden coasters in the 1970s."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 26.8, "drop_m": 25.0, "length_m": 1053.0, "speed_kmh": 98.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Kings Island", "title": "Flight of Fear", "slug": "flight-of-fear",
        "area": "Area 72", "category": "roller_coaster", "status": "operating",
        "opening_date": "1996-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Premier Rides", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Indoor launched coaster, one of the first two roller coasters to use a linear "
            "induction motor launch."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lim_launch",
        "height_m": 22.6, "drop_m": None, "length_m": 823.0, "speed_kmh": 87.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Kings Island", "title": "Kings Island & Miami Valley Railroad",
        "slug": "kings-island-miami-valley-railroad", "area": "Rivertown",
        "category": "transport", "status": "operating", "opening_date": "1972-04-29",
        "closing_date": None, "former_names": [], "manufacturer": None, "designer": None,
        "ride_model": None, "min_height_cm": None, "capacity_per_hour": None,
        "duration_s": None,
        "intro": "Narrow-gauge train ride through the wooded back of the park.",
    },
    {
        "park": "Kings Island", "title": "Drop Tower", "slug": "drop-tower",
        "area": "Action Zone", "category": "flat_ride", "status": "operating",
        "opening_date": "1999-01-01", "closing_date": None,
        "former_names": ["Drop Zone: Stunt Tower"],
        "manufacturer": "Intamin", "designer": None, "ride_model": "Giant Drop",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Intamin Giant Drop tower, one of the tallest free-fall rides in the world.",
    },
    {
        "park": "Kings Island", "title": "Eiffel Tower", "slug": "eiffel-tower",
        "area": "International Street", "category": "other", "status": "operating",
        "opening_date": "1972-04-29", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "One-third scale replica of the Eiffel Tower with an observation deck reached "
            "by elevator."
        ),
    },
    {
        "park": "Kings Island", "title": "White Water Canyon", "slug": "white-water-canyon",
        "area": "Rivertown", "category": "water_ride", "status": "operating",
        "opening_date": "1985-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "River rapids ride in circular rafts.",
    },
    {
        "park": "Kings Island", "title": "Boo Blasters on Boo Hill",
        "slug": "boo-blasters-on-boo-hill",
        "area": None, "category": "dark_ride", "status": "operating",
        "opening_date": "2010-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Interactive shooting dark ride in the building of the former Scooby-Doo ride.",
    },
    # ====================================================== Busch Gardens Williamsburg
    {
        "park": "Busch Gardens Williamsburg", "title": "Apollo's Chariot",
        "slug": "apollos-chariot", "area": "Festa Italia", "category": "roller_coaster",
        "status": "operating", "opening_date": "1999-03-31", "closing_date": None,
        "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Hyper Coaster",
        "min_height_cm": 132, "capacity_per_hour": None, "duration_s": None,
        "intro": "B&M's first hyper coaster, known for its 64 m first drop and airtime hills.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 51.8, "drop_m": 64.0, "length_m": 1496.0, "speed_kmh": 117.0,
        "inversions": 0, "max_vertical_angle_deg": 65.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "Griffon", "slug": "griffon",
        "area": "Aquitaine", "category": "roller_coaster", "status": "operating",
        "opening_date": "2007-05-18", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Dive Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "Floorless dive coaster with ten-across rows and a 62 m vertical drop.",
        "track_material": "steel", "coaster_type": "dive", "launch_type": "chain_lift",
        "height_m": 62.5, "drop_m": 62.5, "length_m": 942.0, "speed_kmh": 114.0,
        "inversions": 2, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": 3, "cars_per_train": 3, "riders_per_car": 10,
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "Alpengeist", "slug": "alpengeist",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1997-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 132, "capacity_per_hour": None, "duration_s": None,
        "intro": "Alpine ski-lift themed inverted coaster in the park's German village.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 59.4, "drop_m": 51.8, "length_m": 1167.0, "speed_kmh": 108.0,
        "inversions": 6, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "Loch Ness Monster",
        "slug": "loch-ness-monster", "area": "Heatherdowns", "category": "roller_coaster",
        "status": "operating", "opening_date": "1978-06-02", "closing_date": None,
        "former_names": [],
        "manufacturer": "Arrow Dynamics", "designer": "Arrow Dynamics", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Arrow coaster with the world's first interlocking vertical loops.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 39.6, "drop_m": 34.7, "length_m": 988.0, "speed_kmh": 97.0,
        "inversions": 2, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "Verbolten", "slug": "verbolten",
        "area": "Oktoberfest", "category": "roller_coaster", "status": "operating",
        "opening_date": "2012-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Zierer", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Family launched coaster themed to the Black Forest, with an indoor section "
            "containing a drop-track element."
        ),
        "track_material": "steel", "coaster_type": "family", "launch_type": "lsm_launch",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": 85.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "Pantheon", "slug": "pantheon",
        "area": "Festa Italia", "category": "roller_coaster", "status": "operating",
        "opening_date": "2022-03-25", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": 132, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Multi-launch coaster with four launches, including a backward launch, and a "
            "95-degree drop; completed in 2020 but opened to the public in March 2022."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 54.3, "drop_m": None, "length_m": 1014.0, "speed_kmh": 117.0,
        "inversions": 2, "max_vertical_angle_deg": 95.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "InvadR", "slug": "invadr",
        "area": "New France", "category": "roller_coaster", "status": "operating",
        "opening_date": "2017-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Great Coasters International",
        "designer": "Great Coasters International", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Viking-themed wooden coaster, the park's first wooden coaster.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": 76.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "Escape from Pompeii",
        "slug": "escape-from-pompeii", "area": "San Marco", "category": "water_ride",
        "status": "operating", "opening_date": "1995-01-01", "closing_date": None,
        "former_names": [], "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Shoot-the-chute boat ride through a burning Roman temple.",
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "Busch Gardens Railway",
        "slug": "busch-gardens-railway", "area": None, "category": "transport",
        "status": "operating", "opening_date": "1975-05-16", "closing_date": None,
        "former_names": [], "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Steam-style railway with stations in several of the park's villages.",
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "Le Scoot", "slug": "le-scoot",
        "area": "New France", "category": "water_ride", "status": "operating",
        "opening_date": "1975-05-16", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Log flume themed to a lumber mill in New France.",
    },
    {
        "park": "Busch Gardens Williamsburg", "title": "Finnegan's Flyer",
        "slug": "finnegans-flyer",
        "area": "Killarney", "category": "flat_ride", "status": "operating",
        "opening_date": "2019-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Extreme swing ride in the Ireland area.",
    },
    # =================================================================== Magic Kingdom
    {
        "park": "Magic Kingdom", "title": "Space Mountain", "slug": "space-mountain",
        "area": "Tomorrowland", "category": "roller_coaster", "status": "operating",
        "opening_date": "1975-01-15", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 112, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Indoor coaster in near darkness under a conical white building; the original "
            "Space Mountain, with two parallel tracks."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": 43.5,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Magic Kingdom", "title": "Big Thunder Mountain Railroad",
        "slug": "big-thunder-mountain-railroad", "area": "Frontierland",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "1980-09-23", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 102, "capacity_per_hour": None, "duration_s": None,
        "intro": "Runaway mine train coaster through a desert landscape of red rock buttes.",
        "track_material": "steel", "coaster_type": "mine_train", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": 58.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Magic Kingdom", "title": "Seven Dwarfs Mine Train",
        "slug": "seven-dwarfs-mine-train", "area": "Fantasyland",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "2014-05-28", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 97, "capacity_per_hour": None, "duration_s": None,
        "intro": "Family coaster with swaying mine cars and an animatronic mine scene.",
        "track_material": "steel", "coaster_type": "family", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": 55.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Magic Kingdom", "title": "TRON Lightcycle / Run",
        "slug": "tron-lightcycle-run", "area": "Tomorrowland",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "2023-04-04", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Launched motorbike-seat coaster under an illuminated canopy, based on the ride "
            "at Shanghai Disneyland."
        ),
        "track_material": "steel", "coaster_type": "other", "launch_type": "lsm_launch",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": 95.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Magic Kingdom", "title": "Haunted Mansion", "slug": "haunted-mansion",
        "area": "Liberty Square", "category": "dark_ride", "status": "operating",
        "opening_date": "1971-10-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Omnimover dark ride through a mansion inhabited by 999 happy haunts.",
    },
    {
        "park": "Magic Kingdom", "title": "Pirates of the Caribbean",
        "slug": "pirates-of-the-caribbean", "area": "Adventureland",
        "category": "dark_ride", "status": "operating", "opening_date": "1973-12-15",
        "closing_date": None, "former_names": [], "manufacturer": None,
        "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Boat dark ride through scenes of a pirate raid on a Caribbean town.",
    },
    {
        "park": "Magic Kingdom", "title": "Jungle Cruise", "slug": "jungle-cruise",
        "area": "Adventureland", "category": "water_ride", "status": "operating",
        "opening_date": "1971-10-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Guided launch cruise past animatronic animals, narrated by a skipper.",
    },
    {
        "park": "Magic Kingdom", "title": "Tiana's Bayou Adventure",
        "slug": "tianas-bayou-adventure", "area": "Frontierland", "category": "water_ride",
        "status": "operating", "opening_date": "1992-07-17", "closing_date": None,
        "former_names": ["Splash Mountain"], "manufacturer": None,
        "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 102, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Log flume that operated as Splash Mountain from 1992 to 2023 and reopened in "
            "2024 re-themed to The Princess and the Frog."
        ),
    },
    {
        "park": "Magic Kingdom", "title": "Walt Disney World Railroad",
        "slug": "walt-disney-world-railroad", "area": "Main Street, U.S.A.",
        "category": "transport", "status": "operating", "opening_date": "1971-10-01",
        "closing_date": None, "former_names": [], "manufacturer": None,
        "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Narrow-gauge steam railroad circling the park, using restored locomotives.",
    },
    {
        "park": "Magic Kingdom", "title": "it's a small world", "slug": "its-a-small-world",
        "area": "Fantasyland", "category": "dark_ride", "status": "operating",
        "opening_date": "1971-10-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Boat ride past singing dolls representing children of the world.",
    },
    {
        "park": "Magic Kingdom", "title": "Peter Pan's Flight", "slug": "peter-pans-flight",
        "area": "Fantasyland", "category": "dark_ride", "status": "operating",
        "opening_date": "1971-10-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Suspended dark ride in flying pirate galleons over London and Never Land.",
    },
    {
        "park": "Magic Kingdom", "title": "Mad Tea Party", "slug": "mad-tea-party",
        "area": "Fantasyland", "category": "flat_ride", "status": "operating",
        "opening_date": "1971-10-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Spinning teacup ride themed to Alice in Wonderland.",
    },
    # ================================================== Universal Islands of Adventure
    {
        "park": "Universal Islands of Adventure", "title": "The Incredible Hulk Coaster",
        "slug": "the-incredible-hulk-coaster", "area": "Marvel Super Hero Island",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "1999-05-28", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": None,
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "B&M coaster that launches trains up an inclined tunnel straight into a "
            "zero-g roll; it was rebuilt with new track and trains in 2016."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "other",
        "height_m": 33.5, "drop_m": 32.9, "length_m": 1113.0, "speed_kmh": 108.0,
        "inversions": 7, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Universal Islands of Adventure", "title": "Jurassic World VelociCoaster",
        "slug": "jurassic-world-velocicoaster", "area": "Jurassic Park",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "2021-06-10", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": 130, "capacity_per_hour": None, "duration_s": None,
        "intro": "Intamin multi-launch coaster themed to the raptor paddock of Jurassic World.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 47.2, "drop_m": 42.7, "length_m": 1433.0, "speed_kmh": 113.0,
        "inversions": 4, "max_vertical_angle_deg": 80.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Universal Islands of Adventure",
        "title": "Hagrid's Magical Creatures Motorbike Adventure",
        "slug": "hagrids-magical-creatures-motorbike-adventure",
        "area": "The Wizarding World of Harry Potter – Hogsmeade",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "2019-06-13", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Story coaster with motorbike and sidecar seats, multiple launches and a "
            "vertical drop track, built on the former site of Dragon Challenge."
        ),
        "track_material": "steel", "coaster_type": "family", "launch_type": "lsm_launch",
        "height_m": None, "drop_m": None, "length_m": 1556.0, "speed_kmh": 80.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Universal Islands of Adventure", "title": "Dragon Challenge",
        "slug": "dragon-challenge",
        "area": "The Wizarding World of Harry Potter – Hogsmeade",
        "category": "roller_coaster", "status": "demolished",
        "opening_date": "1999-05-28", "closing_date": "2017-09-05",
        "former_names": ["Dueling Dragons"],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Pair of intertwined inverted coasters that opened as Dueling Dragons and were "
            "removed in 2017 to make way for Hagrid's Magical Creatures Motorbike Adventure."
        ),
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 38.4, "drop_m": None, "length_m": None, "speed_kmh": 97.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Universal Islands of Adventure",
        "title": "The Amazing Adventures of Spider-Man",
        "slug": "the-amazing-adventures-of-spider-man", "area": "Marvel Super Hero Island",
        "category": "dark_ride", "status": "operating", "opening_date": "1999-05-28",
        "closing_date": None, "former_names": [], "manufacturer": None, "designer": None,
        "ride_model": None, "min_height_cm": 102, "capacity_per_hour": None,
        "duration_s": None,
        "intro": "Motion-base dark ride combining 3D projections with physical sets.",
    },
    {
        "park": "Universal Islands of Adventure",
        "title": "Harry Potter and the Forbidden Journey",
        "slug": "harry-potter-and-the-forbidden-journey",
        "area": "The Wizarding World of Harry Potter – Hogsmeade",
        "category": "dark_ride", "status": "operating", "opening_date": "2010-06-18",
        "closing_date": None, "former_names": [], "manufacturer": None, "designer": None,
        "ride_model": None, "min_height_cm": 122, "capacity_per_hour": None,
        "duration_s": None,
        "intro": "Robotic-arm dark ride inside Hogwarts castle.",
    },
    {
        "park": "Universal Islands of Adventure", "title": "Jurassic Park River Adventure",
        "slug": "jurassic-park-river-adventure", "area": "Jurassic Park",
        "category": "water_ride", "status": "operating", "opening_date": "1999-05-28",
        "closing_date": None, "former_names": [], "manufacturer": None, "designer": None,
        "ride_model": None, "min_height_cm": 107, "capacity_per_hour": None,
        "duration_s": None,
        "intro": "Boat ride past dinosaurs that ends with a drop away from a T. rex.",
    },
    {
        "park": "Universal Islands of Adventure", "title": "Hogwarts Express",
        "slug": "hogwarts-express",
        "area": "The Wizarding World of Harry Potter – Hogsmeade",
        "category": "transport", "status": "operating", "opening_date": "2014-07-08",
        "closing_date": None, "former_names": [], "manufacturer": None, "designer": None,
        "ride_model": None, "min_height_cm": None, "capacity_per_hour": None,
        "duration_s": None,
        "intro": (
            "Themed train linking Hogsmeade with Diagon Alley at Universal Studios Florida."
        ),
    },
    {
        "park": "Universal Islands of Adventure", "title": "Popeye & Bluto's Bilge-Rat Barges",
        "slug": "popeye-blutos-bilge-rat-barges",
        "area": "Toon Lagoon", "category": "water_ride", "status": "operating",
        "opening_date": "1999-05-28", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "River rapids ride themed to the Popeye comic strip.",
    },
    {
        "park": "Universal Islands of Adventure", "title": "Dudley Do-Right's Ripsaw Falls",
        "slug": "dudley-do-rights-ripsaw-falls",
        "area": "Toon Lagoon", "category": "water_ride", "status": "operating",
        "opening_date": "1999-05-28", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Log flume whose final drop plunges below the water level of the lagoon.",
    },
    {
        "park": "Universal Islands of Adventure", "title": "The Cat in the Hat",
        "slug": "the-cat-in-the-hat",
        "area": "Seuss Landing", "category": "dark_ride", "status": "operating",
        "opening_date": "1999-05-28", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Spinning-couch dark ride retelling the Dr. Seuss book.",
    },
    {
        "park": "Universal Islands of Adventure", "title": "Skull Island: Reign of Kong",
        "slug": "skull-island-reign-of-kong",
        "area": "Skull Island", "category": "dark_ride", "status": "operating",
        "opening_date": "2016-07-13", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Trackless expedition-truck dark ride with a giant King Kong animatronic.",
    },
    # ======================================================================= Dollywood
    {
        "park": "Dollywood", "title": "Lightning Rod", "slug": "lightning-rod",
        "area": "Jukebox Junction", "category": "roller_coaster", "status": "operating",
        "opening_date": "2016-06-13", "closing_date": None, "former_names": [],
        "manufacturer": "Rocky Mountain Construction",
        "designer": "Rocky Mountain Construction", "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Hot-rod themed terrain coaster that opened as a launched wooden coaster; most "
            "of its track was replaced with steel I-Box track in 2021 and the launch was "
            "replaced by a chain lift for 2024."
        ),
        "track_material": "hybrid", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 62.8, "drop_m": 50.3, "length_m": 1158.0, "speed_kmh": 117.0,
        "inversions": 0, "max_vertical_angle_deg": 73.0, "g_force": 3.5,
        "trains": 2, "cars_per_train": 6, "riders_per_car": 4,
    },
    {
        "park": "Dollywood", "title": "Thunderhead", "slug": "thunderhead",
        "area": "Timber Canyon", "category": "roller_coaster", "status": "operating",
        "opening_date": "2004-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Great Coasters International",
        "designer": "Great Coasters International", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Twisting GCI wooden coaster with a station fly-through.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 30.5, "drop_m": 30.5, "length_m": 985.0, "speed_kmh": 87.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Dollywood", "title": "Wild Eagle", "slug": "wild-eagle",
        "area": "Wilderness Pass", "category": "roller_coaster", "status": "operating",
        "opening_date": "2012-03-24", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Wing Coaster",
        "min_height_cm": 132, "capacity_per_hour": None, "duration_s": None,
        "intro": "The first wing coaster in the United States.",
        "track_material": "steel", "coaster_type": "wing", "launch_type": "chain_lift",
        "height_m": 64.0, "drop_m": 41.1, "length_m": 953.0, "speed_kmh": 98.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Dollywood", "title": "Mystery Mine", "slug": "mystery-mine",
        "area": "Timber Canyon", "category": "roller_coaster", "status": "operating",
        "opening_date": "2007-04-13", "closing_date": None, "former_names": [],
        "manufacturer": "Gerstlauer", "designer": "Ingenieurbüro Stengel",
        "ride_model": "Euro-Fighter",
        "min_height_cm": 122, "capacity_per_hour": 1000, "duration_s": 150,
        "intro": (
            "Heavily themed, partly indoor Euro-Fighter with two vertical lifts, the first "
            "of its type in the United States."
        ),
        "track_material": "steel", "coaster_type": "sit_down",
        "launch_type": "vertical_lift",
        "height_m": 26.0, "drop_m": None, "length_m": 552.0, "speed_kmh": 70.0,
        "inversions": 2, "max_vertical_angle_deg": 95.0, "g_force": 4.5,
        "trains": 7, "cars_per_train": 1, "riders_per_car": 8,
    },
    {
        "park": "Dollywood", "title": "Tennessee Tornado", "slug": "tennessee-tornado",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1999-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Arrow Dynamics", "designer": "Arrow Dynamics", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Late Arrow looping coaster whose first drop plunges into a mountain tunnel.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": 39.0, "length_m": None, "speed_kmh": 101.0,
        "inversions": 3, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Dollywood", "title": "Big Bear Mountain", "slug": "big-bear-mountain",
        "area": "Wildwood Grove", "category": "roller_coaster", "status": "operating",
        "opening_date": "2023-05-12", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": None, "ride_model": None,
        "min_height_cm": 99, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Vekoma family launch coaster with three launches, the longest coaster at "
            "Dollywood."
        ),
        "track_material": "steel", "coaster_type": "family", "launch_type": "lim_launch",
        "height_m": 20.1, "drop_m": None, "length_m": 1216.0, "speed_kmh": 77.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": 10, "riders_per_car": 2,
    },
    {
        "park": "Dollywood", "title": "Dollywood Express", "slug": "dollywood-express",
        "area": None, "category": "transport", "status": "operating",
        "opening_date": "1961-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Coal-fired narrow-gauge steam train, the attraction around which the Rebel "
            "Railroad park was founded in 1961."
        ),
    },
    # ===================================================================== Hersheypark
    {
        "park": "Hersheypark", "title": "Candymonium", "slug": "candymonium",
        "area": "Chocolatetown", "category": "roller_coaster", "status": "operating",
        "opening_date": "2020-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Hyper Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "Hyper coaster at the park entrance, the tallest and fastest at Hersheypark.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 64.0, "drop_m": 55.5, "length_m": 1414.0, "speed_kmh": 122.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Hersheypark", "title": "Skyrush", "slug": "skyrush",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2012-05-26", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Intamin coaster with a fast cable lift and four-across seating in which the "
            "outer seats hang beside the track."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "cable_lift",
        "height_m": 61.0, "drop_m": 64.6, "length_m": 1097.0, "speed_kmh": 121.0,
        "inversions": 0, "max_vertical_angle_deg": 85.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Hersheypark", "title": "Storm Runner", "slug": "storm-runner",
        "area": "Pioneer Frontier", "category": "roller_coaster", "status": "operating",
        "opening_date": "2004-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": "Accelerator Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Hydraulically launched Intamin Accelerator Coaster with a 45.7 m top hat.",
        "track_material": "steel", "coaster_type": "sit_down",
        "launch_type": "hydraulic_launch",
        "height_m": 45.7, "drop_m": None, "length_m": None, "speed_kmh": 116.0,
        "inversions": 3, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Hersheypark", "title": "Comet", "slug": "comet",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1946-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Philadelphia Toboggan Coasters",
        "designer": "Philadelphia Toboggan Coasters", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Classic wooden double out-and-back coaster designed by Herbert Schmeck.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 25.6, "drop_m": 29.3, "length_m": 1024.0, "speed_kmh": 80.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Hersheypark", "title": "Lightning Racer", "slug": "lightning-racer",
        "area": "Midway America", "category": "roller_coaster", "status": "operating",
        "opening_date": "2000-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Great Coasters International",
        "designer": "Great Coasters International", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Dueling wooden coaster whose two trains race on intertwined tracks.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 27.4, "drop_m": None, "length_m": 1035.0, "speed_kmh": 81.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Hersheypark", "title": "Great Bear", "slug": "great-bear",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1998-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "Inverted coaster that swoops over Spring Creek and park walkways.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 27.4, "drop_m": 37.8, "length_m": 853.0, "speed_kmh": 98.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Hersheypark", "title": "Wildcat's Revenge", "slug": "wildcats-revenge",
        "area": "Midway America", "category": "roller_coaster", "status": "operating",
        "opening_date": "2023-01-01", "closing_date": None, "former_names": ["Wildcat"],
        "manufacturer": "Rocky Mountain Construction",
        "designer": "Rocky Mountain Construction", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "RMC hybrid conversion of the 1996 GCI wooden coaster Wildcat.",
        "track_material": "hybrid", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 42.7, "drop_m": None, "length_m": 1070.0, "speed_kmh": 100.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Hersheypark", "title": "Kissing Tower", "slug": "kissing-tower",
        "area": "Kissing Tower Hill", "category": "other", "status": "operating",
        "opening_date": "1975-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Rotating observation tower whose cabin windows are shaped like Hershey's Kisses."
        ),
    },
    {
        "park": "Hersheypark", "title": "Coal Cracker", "slug": "coal-cracker",
        "area": None, "category": "water_ride", "status": "operating",
        "opening_date": "1973-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Log flume themed to Pennsylvania coal mining.",
    },
    # ============================================================= Canada's Wonderland
    {
        "park": "Canada's Wonderland", "title": "Leviathan", "slug": "leviathan",
        "area": "Medieval Faire", "category": "roller_coaster", "status": "operating",
        "opening_date": "2012-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Hyper Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "B&M's first giga coaster, the tallest and fastest coaster in Canada.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 93.3, "drop_m": 93.3, "length_m": 1672.0, "speed_kmh": 148.0,
        "inversions": 0, "max_vertical_angle_deg": 80.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Canada's Wonderland", "title": "Behemoth", "slug": "behemoth",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2008-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Hyper Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": "Hyper coaster with stadium-style four-across seating.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 70.1, "drop_m": 70.1, "length_m": 1618.0, "speed_kmh": 125.0,
        "inversions": 0, "max_vertical_angle_deg": 75.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Canada's Wonderland", "title": "Yukon Striker", "slug": "yukon-striker",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2019-05-03", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Dive Coaster",
        "min_height_cm": 137, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Record-breaking dive coaster whose 75 m vertical drop ends in an underwater-"
            "themed tunnel; it was the first dive coaster with a vertical loop."
        ),
        "track_material": "steel", "coaster_type": "dive", "launch_type": "chain_lift",
        "height_m": 68.6, "drop_m": 74.7, "length_m": 1105.0, "speed_kmh": 130.0,
        "inversions": 4, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Canada's Wonderland", "title": "Mighty Canadian Minebuster",
        "slug": "mighty-canadian-minebuster", "area": "Frontier Canada",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "1981-05-23", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Opening-day wooden coaster, the longest wooden coaster in Canada.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 27.4, "drop_m": None, "length_m": 1167.0, "speed_kmh": 90.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Canada's Wonderland", "title": "Drop Tower", "slug": "drop-tower",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "1997-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": "Giant Drop",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Intamin Giant Drop free-fall tower.",
    },
    {
        "park": "Canada's Wonderland", "title": "Wonder Mountain's Guardian",
        "slug": "wonder-mountains-guardian",
        "area": None, "category": "dark_ride", "status": "operating",
        "opening_date": "2014-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Interactive 4D ride inside Wonder Mountain combining a coaster-style track "
            "with screen-based shooting."
        ),
    },
    # =========================================================== Six Flags New Orleans
    {
        "park": "Six Flags New Orleans", "title": "Mega Zeph", "slug": "mega-zeph",
        "area": "Mardi Gras", "category": "roller_coaster", "status": "demolished",
        "opening_date": "2000-05-20", "closing_date": "2005-08-21", "former_names": [],
        "manufacturer": "Custom Coasters International",
        "designer": "Custom Coasters International", "ride_model": None,
        "min_height_cm": 122, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Wooden coaster on a steel structure, named after the Zephyr at the old "
            "Pontchartrain Beach park; it stood abandoned after Hurricane Katrina until the "
            "site's demolition."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 33.5, "drop_m": None, "length_m": 1219.0, "speed_kmh": 92.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": 2, "cars_per_train": 6, "riders_per_car": 4,
    },
    {
        "park": "Six Flags New Orleans", "title": "Batman: The Ride",
        "slug": "batman-the-ride", "area": "DC Comics Super Hero Adventures",
        "category": "roller_coaster", "status": "relocated",
        "opening_date": "2003-04-12", "closing_date": "2005-08-21",
        "former_names": ["Gambit"],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Inverted coaster that first operated as Gambit at Thrill Valley in Japan; after "
            "Hurricane Katrina it was moved to Six Flags Fiesta Texas, reopening as Goliath "
            "in 2008."
        ),
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 30.5, "drop_m": 24.4, "length_m": 823.0, "speed_kmh": 80.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Six Flags New Orleans", "title": "The Jester", "slug": "the-jester",
        "area": "Mardi Gras", "category": "roller_coaster", "status": "demolished",
        "opening_date": "2003-04-13", "closing_date": "2005-08-21",
        "former_names": ["The Joker's Revenge"],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": "Hurricane",
        "min_height_cm": 122, "capacity_per_hour": 1200, "duration_s": 84,
        "intro": (
            "Vekoma looping coaster that ran as The Joker's Revenge at Six Flags Fiesta "
            "Texas before moving to New Orleans in 2003."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 24.0, "drop_m": 21.0, "length_m": 590.0, "speed_kmh": 64.0,
        "inversions": 3, "max_vertical_angle_deg": 40.0, "g_force": 3.5,
        "trains": 2, "cars_per_train": 7, "riders_per_car": 4,
    },
    {
        "park": "Six Flags New Orleans", "title": "Zydeco Scream", "slug": "zydeco-scream",
        "area": None, "category": "roller_coaster", "status": "closed_permanently",
        "opening_date": "2000-05-20", "closing_date": "2005-08-21", "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": "Boomerang",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Vekoma Boomerang shuttle coaster from Jazzland's opening season.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 35.6, "drop_m": None, "length_m": 285.0, "speed_kmh": 76.0,
        "inversions": 3, "max_vertical_angle_deg": None, "g_force": None,
        "trains": 1, "cars_per_train": 7, "riders_per_car": 4,
    },
    # ===================================================================== Geauga Lake
    {
        "park": "Geauga Lake", "title": "Big Dipper", "slug": "big-dipper",
        "area": None, "category": "roller_coaster", "status": "demolished",
        "opening_date": "1925-01-01", "closing_date": "2007-09-16", "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Classic 1925 wooden coaster that operated until the ride park closed in 2007 "
            "and was later torn down."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Geauga Lake", "title": "Villain", "slug": "villain",
        "area": None, "category": "roller_coaster", "status": "demolished",
        "opening_date": "2000-01-01", "closing_date": "2007-09-16", "former_names": [],
        "manufacturer": "Custom Coasters International",
        "designer": "Custom Coasters International", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Wooden coaster added in 2000 when the park became Six Flags Ohio.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Geauga Lake", "title": "Dominator", "slug": "dominator",
        "area": None, "category": "roller_coaster", "status": "relocated",
        "opening_date": "2000-01-01", "closing_date": "2007-09-16",
        "former_names": ["Batman: Knight Flight"],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Floorless Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Floorless coaster that opened as Batman: Knight Flight; after the park closed "
            "it was moved to Kings Dominion, where it reopened in 2008."
        ),
        "track_material": "steel", "coaster_type": "floorless", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": None, "max_vertical_angle_deg": None, "g_force": None,
        "trains": 3, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Geauga Lake", "title": "Thunderhawk", "slug": "thunderhawk",
        "area": None, "category": "roller_coaster", "status": "relocated",
        "opening_date": "1998-01-01", "closing_date": "2007-09-16",
        "former_names": ["Serial Thriller"],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": "SLC 689m",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Vekoma Suspended Looping Coaster that opened as Serial Thriller and was "
            "relocated to Michigan's Adventure after the 2007 season."
        ),
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 33.3, "drop_m": None, "length_m": 689.0, "speed_kmh": 80.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    # ==================================================================== Alton Towers
    {
        "park": "Alton Towers", "title": "Nemesis", "slug": "nemesis",
        "area": "Forbidden Valley", "category": "roller_coaster", "status": "demolished",
        "opening_date": "1994-03-19", "closing_date": "2023-11-05", "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Inverted coaster built into an excavated ravine, conceived with John Wardley; "
            "its original track was removed after the 2023 season and replaced."
        ),
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 13.0, "drop_m": None, "length_m": 716.0, "speed_kmh": 80.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Alton Towers", "title": "Nemesis Reborn", "slug": "nemesis-reborn",
        "area": "Forbidden Valley", "category": "roller_coaster", "status": "operating",
        "opening_date": "2024-03-16", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Replacement of Nemesis with new B&M track and supports following the original "
            "layout through the same ravine."
        ),
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 13.0, "drop_m": None, "length_m": 716.0, "speed_kmh": 80.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Alton Towers", "title": "Oblivion", "slug": "oblivion",
        "area": "X-Sector", "category": "roller_coaster", "status": "operating",
        "opening_date": "1998-03-14", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Dive Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": "The world's first dive coaster, dropping riders into a dark hole in the ground.",
        "track_material": "steel", "coaster_type": "dive", "launch_type": "chain_lift",
        "height_m": 19.8, "drop_m": 55.0, "length_m": 372.0, "speed_kmh": 110.0,
        "inversions": 0, "max_vertical_angle_deg": 87.5, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Alton Towers", "title": "The Smiler", "slug": "the-smiler",
        "area": "X-Sector", "category": "roller_coaster", "status": "operating",
        "opening_date": "2013-05-31", "closing_date": None, "former_names": [],
        "manufacturer": "Gerstlauer", "designer": None, "ride_model": "Infinity Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": "Gerstlauer Infinity Coaster holding the record of 14 inversions.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 30.0, "drop_m": None, "length_m": 1170.0, "speed_kmh": 85.0,
        "inversions": 14, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Alton Towers", "title": "Wicker Man", "slug": "wicker-man",
        "area": "Mutiny Bay", "category": "roller_coaster", "status": "operating",
        "opening_date": "2018-03-20", "closing_date": None, "former_names": [],
        "manufacturer": "Great Coasters International",
        "designer": "Great Coasters International", "ride_model": None,
        "min_height_cm": 120, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "The UK's first new wooden coaster in over two decades, passing three times "
            "through a 17 m wicker effigy with fire effects."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 20.0, "drop_m": None, "length_m": 618.0, "speed_kmh": 70.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Alton Towers", "title": "Thirteen", "slug": "thirteen",
        "area": "Dark Forest", "category": "roller_coaster", "status": "operating",
        "opening_date": "2010-03-20", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": 120, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Family thrill coaster through a haunted forest whose highlight is a vertical "
            "free-fall drop track inside a crypt."
        ),
        "track_material": "steel", "coaster_type": "family", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": 66.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Alton Towers", "title": "Galactica", "slug": "galactica",
        "area": "Forbidden Valley", "category": "roller_coaster", "status": "operating",
        "opening_date": "2002-03-16", "closing_date": None, "former_names": ["Air"],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Flying Coaster",
        "min_height_cm": 140, "capacity_per_hour": 1500, "duration_s": 100,
        "intro": (
            "B&M's first flying coaster, opened as Air and renamed Galactica in 2016 when "
            "virtual-reality headsets were added (they were removed by 2019)."
        ),
        "track_material": "steel", "coaster_type": "flying", "launch_type": "chain_lift",
        "height_m": 20.0, "drop_m": None, "length_m": 840.0, "speed_kmh": 75.0,
        "inversions": 2, "max_vertical_angle_deg": None, "g_force": 3.5,
        "trains": 3, "cars_per_train": 7, "riders_per_car": 4,
    },
    {
        "park": "Alton Towers", "title": "Rita", "slug": "rita",
        "area": "Dark Forest", "category": "roller_coaster", "status": "operating",
        "opening_date": "2005-01-01", "closing_date": None,
        "former_names": ["Rita – Queen of Speed"],
        "manufacturer": "Intamin", "designer": None, "ride_model": "Accelerator Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": "Hydraulically launched Accelerator Coaster reaching 100 km/h in 2.5 seconds.",
        "track_material": "steel", "coaster_type": "sit_down",
        "launch_type": "hydraulic_launch",
        "height_m": None, "drop_m": None, "length_m": 640.0, "speed_kmh": 100.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Alton Towers", "title": "Hex – The Legend of the Towers", "slug": "hex",
        "area": None, "category": "dark_ride", "status": "operating",
        "opening_date": "2000-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Walk-through show and Vekoma madhouse ride inside the ruined Towers, telling "
            "the legend of the Earl of Shrewsbury's chained oak."
        ),
    },
    {
        "park": "Alton Towers", "title": "Congo River Rapids", "slug": "congo-river-rapids",
        "area": "Katanga Canyon", "category": "water_ride", "status": "operating",
        "opening_date": "1986-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "River rapids ride in circular rafts through an African-themed canyon.",
    },
    {
        "park": "Alton Towers", "title": "Skyride", "slug": "skyride",
        "area": None, "category": "transport", "status": "operating",
        "opening_date": "1987-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Gondola cable car linking different parts of the large estate.",
    },
    # ===================================================================== Thorpe Park
    {
        "park": "Thorpe Park", "title": "Stealth", "slug": "stealth",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2006-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": "Accelerator Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": "Accelerator Coaster launching from 0 to 129 km/h over a 62.5 m top hat.",
        "track_material": "steel", "coaster_type": "sit_down",
        "launch_type": "hydraulic_launch",
        "height_m": 62.5, "drop_m": 62.5, "length_m": 400.0, "speed_kmh": 129.0,
        "inversions": 0, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Thorpe Park", "title": "Colossus", "slug": "colossus",
        "area": "Lost City", "category": "roller_coaster", "status": "operating",
        "opening_date": "2002-03-22", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": "Ingenieurbüro Stengel", "ride_model": None,
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Intamin looping coaster that was the first in the world with ten inversions, "
            "including a run of consecutive heartline rolls."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 30.0, "drop_m": None, "length_m": 850.0, "speed_kmh": 72.0,
        "inversions": 10, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Thorpe Park", "title": "Nemesis Inferno", "slug": "nemesis-inferno",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2003-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": "Volcano-themed inverted coaster with interlocking corkscrews.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 29.0, "drop_m": None, "length_m": 750.0, "speed_kmh": 80.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Thorpe Park", "title": "Saw – The Ride", "slug": "saw-the-ride",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2009-03-14", "closing_date": None, "former_names": [],
        "manufacturer": "Gerstlauer", "designer": None, "ride_model": "Euro-Fighter",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": "Horror-film themed Euro-Fighter with an indoor section and a 100-degree drop.",
        "track_material": "steel", "coaster_type": "sit_down",
        "launch_type": "vertical_lift",
        "height_m": 30.0, "drop_m": 30.0, "length_m": 720.0, "speed_kmh": 88.0,
        "inversions": 3, "max_vertical_angle_deg": 100.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Thorpe Park", "title": "Hyperia", "slug": "hyperia",
        "area": "Fearless Valley", "category": "roller_coaster", "status": "operating",
        "opening_date": "2024-05-24", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": None,
        "min_height_cm": 130, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Mack hypercoaster built on the site of Loggers Leap; at opening it became the "
            "tallest and fastest roller coaster in the United Kingdom."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 71.9, "drop_m": None, "length_m": 995.4, "speed_kmh": 130.0,
        "inversions": 2, "max_vertical_angle_deg": None, "g_force": None,
        "trains": 2, "cars_per_train": 5, "riders_per_car": 4,
    },
    {
        "park": "Thorpe Park", "title": "The Swarm", "slug": "the-swarm",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2012-03-24", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Wing Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": "Wing coaster themed to an alien invasion, the first of its type in the UK.",
        "track_material": "steel", "coaster_type": "wing", "launch_type": "chain_lift",
        "height_m": 39.0, "drop_m": None, "length_m": 775.0, "speed_kmh": 97.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Thorpe Park", "title": "Tidal Wave", "slug": "tidal-wave",
        "area": None, "category": "water_ride", "status": "operating",
        "opening_date": "2000-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Hopkins Rides", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Shoot-the-chute boat ride that soaks both riders and onlookers.",
    },
    # ======================================================== Blackpool Pleasure Beach
    {
        "park": "Blackpool Pleasure Beach", "title": "The Big One", "slug": "the-big-one",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1994-05-28", "closing_date": None,
        "former_names": ["Pepsi Max Big One"],
        "manufacturer": "Arrow Dynamics", "designer": "Arrow Dynamics", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Arrow hyper coaster along the seafront that was the tallest roller coaster in "
            "the world when it opened."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 65.0, "drop_m": 62.5, "length_m": 1673.0, "speed_kmh": 119.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Blackpool Pleasure Beach", "title": "Grand National",
        "slug": "grand-national", "area": None, "category": "roller_coaster",
        "status": "operating", "opening_date": "1935-01-01", "closing_date": None,
        "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Wooden racing coaster designed by Charles Paige with a single Möbius-loop "
            "track, so trains start side by side and finish on opposite sides."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Blackpool Pleasure Beach", "title": "Big Dipper", "slug": "big-dipper",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1923-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Wooden out-and-back coaster from 1923, extended in the 1930s.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Blackpool Pleasure Beach", "title": "Icon", "slug": "icon",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2018-05-25", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": None,
        "min_height_cm": 130, "capacity_per_hour": None, "duration_s": 161,
        "intro": (
            "The UK's first double-launch roller coaster, weaving between and under the "
            "park's existing rides."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 27.0, "drop_m": 25.0, "length_m": 1143.0, "speed_kmh": 85.0,
        "inversions": 1, "max_vertical_angle_deg": None, "g_force": 4.3,
        "trains": 3, "cars_per_train": 4, "riders_per_car": 4,
    },
    {
        "park": "Blackpool Pleasure Beach", "title": "Valhalla", "slug": "valhalla",
        "area": None, "category": "water_ride", "status": "operating",
        "opening_date": "2000-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Indoor Viking-themed dark water ride with fire, snow and several drops.",
    },
    # ====================================================================== Europa-Park
    {
        "park": "Europa-Park", "title": "Silver Star", "slug": "silver-star",
        "area": "France", "category": "roller_coaster", "status": "operating",
        "opening_date": "2002-03-23", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Hyper Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": "B&M hyper coaster, the tallest roller coaster at Europa-Park.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 73.0, "drop_m": 67.0, "length_m": 1620.0, "speed_kmh": 127.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Europa-Park", "title": "Blue Fire Megacoaster", "slug": "blue-fire",
        "area": "Iceland", "category": "roller_coaster", "status": "operating",
        "opening_date": "2009-04-04", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": None,
        "min_height_cm": 130, "capacity_per_hour": None, "duration_s": None,
        "intro": "Mack's first LSM-launched coaster, starting inside a themed energy plant.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 38.0, "drop_m": None, "length_m": 1056.0, "speed_kmh": 100.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Europa-Park", "title": "Wodan – Timburcoaster", "slug": "wodan",
        "area": "Iceland", "category": "roller_coaster", "status": "operating",
        "opening_date": "2012-03-31", "closing_date": None, "former_names": [],
        "manufacturer": "Great Coasters International",
        "designer": "Great Coasters International", "ride_model": None,
        "min_height_cm": 120, "capacity_per_hour": None, "duration_s": None,
        "intro": "GCI wooden coaster that interacts with Blue Fire and the Iceland area.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 40.0, "drop_m": None, "length_m": 1050.0, "speed_kmh": 100.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Europa-Park", "title": "Euro-Mir", "slug": "euro-mir",
        "area": "Russia", "category": "roller_coaster", "status": "operating",
        "opening_date": "1997-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Spinning coaster around mirrored towers inspired by the Mir space station.",
        "track_material": "steel", "coaster_type": "spinning", "launch_type": "other",
        "height_m": 28.0, "drop_m": None, "length_m": 980.0, "speed_kmh": 80.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Europa-Park", "title": "Voltron Nevera powered by Rimac",
        "slug": "voltron-nevera", "area": "Croatia", "category": "roller_coaster",
        "status": "operating", "opening_date": "2024-04-26", "closing_date": None,
        "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": None,
        "min_height_cm": 130, "capacity_per_hour": 1600, "duration_s": None,
        "intro": (
            "Multi-launch coaster themed to Nikola Tesla, with a beyond-vertical launch, a "
            "turntable and seven inversions; the centrepiece of the Croatia area."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 32.5, "drop_m": None, "length_m": 1385.0, "speed_kmh": 90.0,
        "inversions": 7, "max_vertical_angle_deg": 105.0, "g_force": None,
        "trains": 7, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Europa-Park", "title": "Poseidon", "slug": "poseidon",
        "area": "Greece", "category": "roller_coaster", "status": "operating",
        "opening_date": "2000-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Water coaster whose boats run on coaster track and through two splash pools.",
        "track_material": "steel", "coaster_type": "other", "launch_type": "chain_lift",
        "height_m": 23.0, "drop_m": None, "length_m": 836.0, "speed_kmh": 70.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Europa-Park", "title": "Atlantica SuperSplash", "slug": "atlantica-supersplash",
        "area": "Portugal", "category": "water_ride", "status": "operating",
        "opening_date": "2005-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Mack Super Splash boat ride with a steep drop into a lagoon.",
    },
    {
        "park": "Europa-Park", "title": "Piraten in Batavia", "slug": "piraten-in-batavia",
        "area": "Netherlands", "category": "dark_ride", "status": "operating",
        "opening_date": "1987-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Boat dark ride through a Dutch East Indies port; it was destroyed by fire in "
            "2018 and rebuilt, reopening in 2020."
        ),
    },
    {
        "park": "Europa-Park", "title": "Voletarium", "slug": "voletarium",
        "area": None, "category": "other", "status": "operating",
        "opening_date": "2017-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Flying theatre simulating a flight over European landmarks.",
    },
    {
        "park": "Europa-Park", "title": "Panoramabahn", "slug": "panoramabahn",
        "area": None, "category": "transport", "status": "operating",
        "opening_date": "1975-07-12", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Park railway with several stations around Europa-Park.",
    },
    {
        "park": "Europa-Park", "title": "Arthur", "slug": "arthur",
        "area": None, "category": "dark_ride", "status": "operating",
        "opening_date": "2014-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Suspended dark ride through the world of Luc Besson's Minimoys.",
    },
    {
        "park": "Europa-Park", "title": "Fjord-Rafting", "slug": "fjord-rafting",
        "area": None, "category": "water_ride", "status": "operating",
        "opening_date": "1992-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "River rapids ride in the Scandinavian area.",
    },
    # ==================================================================== Phantasialand
    {
        "park": "Phantasialand", "title": "Taron", "slug": "taron",
        "area": "Klugheim", "category": "roller_coaster", "status": "operating",
        "opening_date": "2016-06-30", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": 130, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Double-launched Intamin coaster woven through the basalt rock village of "
            "Klugheim and around its sister ride Raik."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 30.0, "drop_m": None, "length_m": 1320.0, "speed_kmh": 117.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Phantasialand", "title": "Black Mamba", "slug": "black-mamba",
        "area": "Deep in Africa", "category": "roller_coaster", "status": "operating",
        "opening_date": "2006-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": "Inverted coaster running largely through trenches and themed rockwork.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 26.0, "drop_m": None, "length_m": 768.0, "speed_kmh": 80.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Phantasialand", "title": "F.L.Y.", "slug": "fly",
        "area": "Rookburgh", "category": "roller_coaster", "status": "operating",
        "opening_date": "2020-09-17", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": None,
        "min_height_cm": 130, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "The world's first launched flying coaster; seats rotate from sitting to flying "
            "position as trains leave the steampunk station in Rookburgh."
        ),
        "track_material": "steel", "coaster_type": "flying", "launch_type": "lsm_launch",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 2, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Phantasialand", "title": "Colorado Adventure", "slug": "colorado-adventure",
        "area": "Mexico", "category": "roller_coaster", "status": "operating",
        "opening_date": "1996-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Long Vekoma mine train through a Wild West rock landscape.",
        "track_material": "steel", "coaster_type": "mine_train", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": 1280.0, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Phantasialand", "title": "Chiapas – Die Wasserbahn", "slug": "chiapas",
        "area": "Mexico", "category": "water_ride", "status": "operating",
        "opening_date": "2014-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Log flume with several drops, including a steep backward section.",
    },
    {
        "park": "Phantasialand", "title": "Maus au Chocolat", "slug": "maus-au-chocolat",
        "area": "Berlin", "category": "dark_ride", "status": "operating",
        "opening_date": "2011-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Interactive shooting dark ride set in a Berlin patisserie overrun by mice.",
    },
    {
        "park": "Phantasialand", "title": "Talocan", "slug": "talocan",
        "area": "Mexico", "category": "flat_ride", "status": "operating",
        "opening_date": "2005-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Huss Park Attractions", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Suspended Top Spin themed to an Aztec fire god, with water and fire effects.",
    },
    {
        "park": "Phantasialand", "title": "River Quest", "slug": "river-quest",
        "area": "Mystery", "category": "water_ride", "status": "operating",
        "opening_date": "2002-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Rapids ride whose rafts are lifted up a tower before descending through drops "
            "and whirlpools."
        ),
    },
    # ====================================================================== Heide Park
    {
        "park": "Heide Park", "title": "Colossos – Kampf der Giganten", "slug": "colossos",
        "area": "Land der Vergessenen", "category": "roller_coaster", "status": "operating",
        "opening_date": "2001-04-13", "closing_date": None, "former_names": ["Colossos"],
        "manufacturer": "Intamin", "designer": "Ingenieurbüro Stengel", "ride_model": None,
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": 145,
        "intro": (
            "The first wooden coaster with prefabricated, laser-cut track; closed in 2016 "
            "because of track wear, it was retracked and reopened in 2019 under its current "
            "name."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 50.0, "drop_m": 48.5, "length_m": 1344.0, "speed_kmh": 110.0,
        "inversions": 0, "max_vertical_angle_deg": 61.0, "g_force": 3.8,
        "trains": 2, "cars_per_train": 5, "riders_per_car": 6,
    },
    {
        "park": "Heide Park", "title": "Krake", "slug": "krake",
        "area": "Bucht der Totenkopfpiraten", "category": "roller_coaster",
        "status": "operating", "opening_date": "2011-01-01", "closing_date": None,
        "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Dive Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Pirate-themed dive coaster whose vertical drop ends in a splashdown.",
        "track_material": "steel", "coaster_type": "dive", "launch_type": "chain_lift",
        "height_m": 41.0, "drop_m": None, "length_m": None, "speed_kmh": 100.0,
        "inversions": 0, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Heide Park", "title": "Flug der Dämonen", "slug": "flug-der-damonen",
        "area": "Transsilvanien", "category": "roller_coaster", "status": "operating",
        "opening_date": "2014-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Wing Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Demon-themed wing coaster in the Transylvania area.",
        "track_material": "steel", "coaster_type": "wing", "launch_type": "chain_lift",
        "height_m": 40.0, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": None, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Heide Park", "title": "Desert Race", "slug": "desert-race",
        "area": "Land der Vergessenen", "category": "roller_coaster", "status": "operating",
        "opening_date": "2007-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": "Accelerator Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Hydraulically launched Accelerator Coaster reaching 100 km/h in about 2.4 "
            "seconds."
        ),
        "track_material": "steel", "coaster_type": "sit_down",
        "launch_type": "hydraulic_launch",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": 100.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Heide Park", "title": "Limit", "slug": "limit",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1999-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": "SLC 689m",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Standard Vekoma Suspended Looping Coaster with five inversions.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 33.3, "drop_m": None, "length_m": 689.0, "speed_kmh": 80.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Heide Park", "title": "Scream", "slug": "scream",
        "area": "Transsilvanien", "category": "flat_ride", "status": "operating",
        "opening_date": "2003-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Intamin Gyro Drop tower over 100 m tall, one of the tallest drop towers in the "
            "world."
        ),
    },
    # ======================================================================== Efteling
    {
        "park": "Efteling", "title": "Baron 1898", "slug": "baron-1898",
        "area": "Rough Realm", "category": "roller_coaster", "status": "operating",
        "opening_date": "2015-07-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Dive Coaster",
        "min_height_cm": 132, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Dive coaster themed to a cursed 19th-century gold mine, dropping riders into "
            "a mine shaft."
        ),
        "track_material": "steel", "coaster_type": "dive", "launch_type": "chain_lift",
        "height_m": 30.0, "drop_m": 37.5, "length_m": 501.0, "speed_kmh": 90.0,
        "inversions": 2, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Efteling", "title": "Python", "slug": "python",
        "area": "Rough Realm", "category": "roller_coaster", "status": "operating",
        "opening_date": "1981-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Efteling's first roller coaster, with two loops and a double corkscrew; it was "
            "almost entirely rebuilt in 2018."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": 750.0, "speed_kmh": None,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Efteling", "title": "Joris en de Draak", "slug": "joris-en-de-draak",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2010-07-01", "closing_date": None, "former_names": [],
        "manufacturer": "Great Coasters International",
        "designer": "Great Coasters International", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Dueling wooden coaster retelling the legend of Saint George and the dragon, "
            "with separate Water and Fire tracks."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 22.5, "drop_m": None, "length_m": None, "speed_kmh": 75.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Efteling", "title": "De Vliegende Hollander", "slug": "de-vliegende-hollander",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2007-04-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Water coaster themed to the legend of the Flying Dutchman ghost ship.",
        "track_material": "steel", "coaster_type": "other", "launch_type": "other",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Efteling", "title": "Vogel Rok", "slug": "vogel-rok",
        "area": "Travel Realm", "category": "roller_coaster", "status": "operating",
        "opening_date": "1998-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Indoor coaster in the dark based on the Rukh bird of the Sinbad stories.",
        "track_material": "steel", "coaster_type": "family", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": 3, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Efteling", "title": "Symbolica", "slug": "symbolica",
        "area": "Fantasy Realm", "category": "dark_ride", "status": "operating",
        "opening_date": "2017-07-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Trackless dark ride through the Palace of Fantasy with three alternative routes."
        ),
    },
    {
        "park": "Efteling", "title": "Droomvlucht", "slug": "droomvlucht",
        "area": "Fairy Realm", "category": "dark_ride", "status": "operating",
        "opening_date": "1993-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Suspended dark ride through a world of fairies and elves.",
    },
    {
        "park": "Efteling", "title": "Fata Morgana", "slug": "fata-morgana",
        "area": None, "category": "dark_ride", "status": "operating",
        "opening_date": "1986-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Boat dark ride through an Arabian Nights city.",
    },
    {
        "park": "Efteling", "title": "Piraña", "slug": "pirana",
        "area": None, "category": "water_ride", "status": "operating",
        "opening_date": "1983-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "River rapids ride themed to a lost Inca civilisation.",
    },
    {
        "park": "Efteling", "title": "Efteling Stoomtrein", "slug": "efteling-stoomtrein",
        "area": None, "category": "transport", "status": "operating",
        "opening_date": "1968-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Steam railway around the park with two stations.",
    },
    {
        "park": "Efteling", "title": "Carnaval Festival", "slug": "carnaval-festival",
        "area": "Travel Realm", "category": "dark_ride", "status": "operating",
        "opening_date": "1984-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Dark ride on a musical tour of carnivals around the world.",
    },
    {
        "park": "Efteling", "title": "De Halve Maen", "slug": "de-halve-maen",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "1982-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Swinging ship styled after a 17th-century Dutch sailing vessel.",
    },
    # ================================================================== Walibi Holland
    {
        "park": "Walibi Holland", "title": "Goliath", "slug": "goliath",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2002-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Intamin mega coaster built during the Six Flags era; for many years the "
            "tallest and fastest coaster in the Benelux."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 46.5, "drop_m": None, "length_m": 1213.0, "speed_kmh": 106.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Walibi Holland", "title": "Untamed", "slug": "untamed",
        "area": "Wilderness", "category": "roller_coaster", "status": "operating",
        "opening_date": "2019-01-01", "closing_date": None, "former_names": ["Robin Hood"],
        "manufacturer": "Rocky Mountain Construction",
        "designer": "Rocky Mountain Construction", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "RMC hybrid conversion of the Vekoma wooden coaster Robin Hood, which operated "
            "from 2000 to 2018."
        ),
        "track_material": "hybrid", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 36.5, "drop_m": None, "length_m": 1085.0, "speed_kmh": 92.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Walibi Holland", "title": "Lost Gravity", "slug": "lost-gravity",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2016-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Mack 'Big Dipper' prototype with wide cars whose outer seats hang beside the "
            "track, themed to a city in chaos."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "other",
        "height_m": 32.0, "drop_m": None, "length_m": None, "speed_kmh": 90.0,
        "inversions": 2, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Walibi Holland", "title": "Condor", "slug": "condor",
        "area": "Exotic", "category": "roller_coaster", "status": "operating",
        "opening_date": "1994-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": "SLC 689m",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Vekoma Suspended Looping Coaster, one of the first of its type; it received "
            "new trains in 2021."
        ),
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 33.3, "drop_m": None, "length_m": 689.0, "speed_kmh": 80.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Walibi Holland", "title": "El Rio Grande", "slug": "el-rio-grande",
        "area": "Exotic", "category": "water_ride", "status": "operating",
        "opening_date": "1994-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "River rapids ride, re-themed as a custom paint shop in 2021.",
    },
    # ==================================================================== Parc Astérix
    {
        "park": "Parc Astérix", "title": "Toutatis", "slug": "toutatis",
        "area": "Festival Toutatis", "category": "roller_coaster", "status": "operating",
        "opening_date": "2023-04-08", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": 1260, "duration_s": None,
        "intro": (
            "Multi-launch Intamin coaster with forward and backward launches, a 51 m "
            "vertical spike and a 101-degree drop; the tallest and fastest coaster in France "
            "at opening."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 51.0, "drop_m": None, "length_m": 1075.0, "speed_kmh": 107.0,
        "inversions": 3, "max_vertical_angle_deg": 101.0, "g_force": None,
        "trains": 3, "cars_per_train": 5, "riders_per_car": 4,
    },
    {
        "park": "Parc Astérix", "title": "OzIris", "slug": "oziris",
        "area": "L'Égypte", "category": "roller_coaster", "status": "operating",
        "opening_date": "2012-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Egyptian-themed B&M inverted coaster.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": 90.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Parc Astérix", "title": "Tonnerre 2 Zeus", "slug": "tonnerre-2-zeus",
        "area": "La Grèce antique", "category": "roller_coaster", "status": "operating",
        "opening_date": "1997-01-01", "closing_date": None,
        "former_names": ["Tonnerre de Zeus"],
        "manufacturer": "Custom Coasters International",
        "designer": "Custom Coasters International", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Large CCI wooden coaster; after a 2022 refurbishment with new trains it was "
            "renamed Tonnerre 2 Zeus."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Parc Astérix", "title": "Goudurix", "slug": "goudurix",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1989-04-30", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Opening-day Vekoma looping coaster with seven inversions.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 7, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    # ========================================================= Disneyland Park (Paris)
    {
        "park": "Disneyland Park (Paris)", "title": "Big Thunder Mountain",
        "slug": "big-thunder-mountain", "area": "Frontierland",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "1992-04-12", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 102, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Mine train coaster on an island in the Rivers of the Far West, reached through "
            "a tunnel under the water."
        ),
        "track_material": "steel", "coaster_type": "mine_train", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Disneyland Park (Paris)", "title": "Star Wars Hyperspace Mountain",
        "slug": "star-wars-hyperspace-mountain", "area": "Discoveryland",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "1995-06-01", "closing_date": None,
        "former_names": ["Space Mountain: De la Terre à la Lune", "Space Mountain: Mission 2"],
        "manufacturer": "Vekoma", "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 120, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Launched indoor looping coaster that opened with a Jules Verne theme, firing "
            "trains up the barrel of the Columbiad cannon; it has had a Star Wars overlay "
            "since 2017."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "other",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 3, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Disneyland Park (Paris)", "title": "Indiana Jones et le Temple du Péril",
        "slug": "indiana-jones-et-le-temple-du-peril", "area": "Adventureland",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "1993-07-30", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Mine-car coaster through jungle temple ruins, the first Disney park roller "
            "coaster with a vertical loop."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 1, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Disneyland Park (Paris)", "title": "Phantom Manor", "slug": "phantom-manor",
        "area": "Frontierland", "category": "dark_ride", "status": "operating",
        "opening_date": "1992-04-12", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Paris's version of the Haunted Mansion, told as the story of a ghostly bride "
            "in a Wild West mining town."
        ),
    },
    {
        "park": "Disneyland Park (Paris)", "title": "Pirates of the Caribbean",
        "slug": "pirates-of-the-caribbean", "area": "Adventureland",
        "category": "dark_ride", "status": "operating", "opening_date": "1992-04-12",
        "closing_date": None, "former_names": [], "manufacturer": None,
        "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Boat dark ride with drops through pirate battles and a Caribbean fortress.",
    },
    {
        "park": "Disneyland Park (Paris)", "title": "Disneyland Railroad",
        "slug": "disneyland-railroad", "area": "Main Street, U.S.A.",
        "category": "transport", "status": "operating", "opening_date": "1992-04-12",
        "closing_date": None, "former_names": [], "manufacturer": None,
        "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Steam-style railroad circling the park with several stations.",
    },
    {
        "park": "Disneyland Park (Paris)", "title": "it's a small world",
        "slug": "its-a-small-world",
        "area": "Fantasyland", "category": "dark_ride", "status": "operating",
        "opening_date": "1992-04-12", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Boat ride past singing dolls representing children of the world.",
    },
    {
        "park": "Disneyland Park (Paris)", "title": "Peter Pan's Flight",
        "slug": "peter-pans-flight",
        "area": "Fantasyland", "category": "dark_ride", "status": "operating",
        "opening_date": "1992-04-12", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Suspended dark ride in flying pirate galleons over London and Never Land.",
    },
    # =============================================================== PortAventura Park
    {
        "park": "PortAventura Park", "title": "Dragon Khan", "slug": "dragon-khan",
        "area": "China", "category": "roller_coaster", "status": "operating",
        "opening_date": "1995-05-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": None,
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "B&M looping coaster that held the record for most inversions, eight, when the "
            "park opened in 1995."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 45.0, "drop_m": 49.0, "length_m": 1269.0, "speed_kmh": 105.0,
        "inversions": 8, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "PortAventura Park", "title": "Shambhala", "slug": "shambhala",
        "area": "China", "category": "roller_coaster", "status": "operating",
        "opening_date": "2012-05-12", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Hyper Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Himalaya-themed hyper coaster; when it opened it was the tallest and fastest "
            "roller coaster in Europe."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 76.0, "drop_m": 78.0, "length_m": 1650.0, "speed_kmh": 134.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "PortAventura Park", "title": "Furius Baco", "slug": "furius-baco",
        "area": "Mediterrània", "category": "roller_coaster", "status": "operating",
        "opening_date": "2007-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Hydraulically launched Intamin coaster with seats on either side of the "
            "track, reaching 135 km/h."
        ),
        "track_material": "steel", "coaster_type": "wing",
        "launch_type": "hydraulic_launch",
        "height_m": None, "drop_m": None, "length_m": 850.0, "speed_kmh": 135.0,
        "inversions": 1, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "PortAventura Park", "title": "El Diablo – Tren de la Mina",
        "slug": "el-diablo-tren-de-la-mina", "area": "Mexico",
        "category": "roller_coaster", "status": "operating",
        "opening_date": "1995-05-01", "closing_date": None, "former_names": [],
        "manufacturer": "Arrow Dynamics", "designer": "Arrow Dynamics", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Arrow mine train coaster through a desert mining landscape.",
        "track_material": "steel", "coaster_type": "mine_train", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "PortAventura Park", "title": "Hurakan Condor", "slug": "hurakan-condor",
        "area": "Mexico", "category": "flat_ride", "status": "operating",
        "opening_date": "2005-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Free-fall tower of about 100 m themed to a Mayan temple.",
    },
    {
        "park": "PortAventura Park", "title": "Grand Canyon Rapids",
        "slug": "grand-canyon-rapids", "area": "Far West", "category": "water_ride",
        "status": "operating", "opening_date": "1995-05-01", "closing_date": None,
        "former_names": [], "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "River rapids ride in circular rafts through a canyon landscape.",
    },
    {
        "park": "PortAventura Park", "title": "Tutuki Splash", "slug": "tutuki-splash",
        "area": "Polynesia", "category": "water_ride", "status": "operating",
        "opening_date": "1995-05-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Shoot-the-chute boat ride past an erupting Polynesian volcano.",
    },
    # ======================================================================== Liseberg
    {
        "park": "Liseberg", "title": "Helix", "slug": "helix",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2014-04-26", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Double-launched Mack coaster on the Liseberg hillside with seven inversions; "
            "at opening it was Europe's longest launched coaster."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "lsm_launch",
        "height_m": 41.0, "drop_m": None, "length_m": 1381.0, "speed_kmh": 100.0,
        "inversions": 7, "max_vertical_angle_deg": None, "g_force": 4.3,
        "trains": 3, "cars_per_train": 5, "riders_per_car": 4,
    },
    {
        "park": "Liseberg", "title": "Balder", "slug": "balder",
        "area": "Myths & Legends", "category": "roller_coaster", "status": "operating",
        "opening_date": "2003-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Intamin wooden coaster with prefabricated track, known for its airtime hills.",
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 36.0, "drop_m": None, "length_m": 1070.0, "speed_kmh": 90.0,
        "inversions": 0, "max_vertical_angle_deg": 70.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Liseberg", "title": "Lisebergbanan", "slug": "lisebergbanan",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1987-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Schwarzkopf", "designer": "Ingenieurbüro Stengel",
        "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Long Schwarzkopf terrain coaster that races around the park's hillside.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Liseberg", "title": "Valkyria", "slug": "valkyria",
        "area": "Myths & Legends", "category": "roller_coaster", "status": "operating",
        "opening_date": "2018-08-10", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Dive Coaster",
        "min_height_cm": 132, "capacity_per_hour": 1100, "duration_s": None,
        "intro": (
            "Dive coaster whose 50 m vertical drop plunges into an underground tunnel; at "
            "opening it was Europe's longest dive coaster."
        ),
        "track_material": "steel", "coaster_type": "dive", "launch_type": "chain_lift",
        "height_m": 47.0, "drop_m": 50.0, "length_m": 700.0, "speed_kmh": 105.0,
        "inversions": 3, "max_vertical_angle_deg": 90.0, "g_force": 4.0,
        "trains": 3, "cars_per_train": 3, "riders_per_car": 6,
    },
    {
        "park": "Liseberg", "title": "AtmosFear", "slug": "atmosfear",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "2011-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Rotating free-fall tower of about 116 m with views over Gothenburg.",
    },
    {
        "park": "Liseberg", "title": "Loke", "slug": "loke",
        "area": "Myths & Legends", "category": "flat_ride", "status": "operating",
        "opening_date": "2017-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Intamin Gyro Swing pendulum ride themed to the Norse trickster god Loki.",
    },
    # ====================================================================== Gröna Lund
    {
        "park": "Gröna Lund", "title": "Monster", "slug": "monster",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2021-06-04", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Inverted Coaster",
        "min_height_cm": 140, "capacity_per_hour": None, "duration_s": 120,
        "intro": (
            "B&M inverted coaster squeezed into the crowded park, with an underground "
            "station themed to an abandoned Stockholm metro station."
        ),
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 34.0, "drop_m": None, "length_m": 700.0, "speed_kmh": 90.0,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": 4.5,
        "trains": 2, "cars_per_train": 7, "riders_per_car": 4,
    },
    {
        "park": "Gröna Lund", "title": "Jetline", "slug": "jetline",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1988-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Schwarzkopf", "designer": "Ingenieurbüro Stengel",
        "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Schwarzkopf coaster whose first drop dives into a tunnel by the waterfront.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Gröna Lund", "title": "Twister", "slug": "twister",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2011-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "The Gravity Group", "designer": "The Gravity Group",
        "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Compact wooden coaster by the waterfront that crosses the park's other coasters "
            "several times."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Gröna Lund", "title": "Vilda Musen", "slug": "vilda-musen",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2003-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Ingenieurbüro Stengel", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Wild mouse coaster threaded through the support structure of Jetline.",
        "track_material": "steel", "coaster_type": "wild_mouse", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Gröna Lund", "title": "Eclipse", "slug": "eclipse",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "2013-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Funtime", "designer": None, "ride_model": "StarFlyer",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Funtime StarFlyer swing ride about 121 m tall, opened for the park's 130th year.",
    },
    {
        "park": "Gröna Lund", "title": "Lustiga Huset", "slug": "lustiga-huset",
        "area": None, "category": "other", "status": "operating",
        "opening_date": "1917-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Historic fun house from 1917 that ends with a long slide.",
    },
    {
        "park": "Gröna Lund", "title": "Blå Tåget", "slug": "bla-taget",
        "area": None, "category": "dark_ride", "status": "operating",
        "opening_date": "1935-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Ghost train dark ride dating from 1935.",
    },
    # ================================================================== Tivoli Gardens
    {
        "park": "Tivoli Gardens", "title": "Rutschebanen", "slug": "rutschebanen",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1914-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Wooden scenic railway from 1914 inside an artificial mountain, still operated "
            "with a brakeman riding on every train."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Tivoli Gardens", "title": "Dæmonen", "slug": "daemonen",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2004-04-16", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Floorless Coaster",
        "min_height_cm": 132, "capacity_per_hour": 1200, "duration_s": 106,
        "intro": (
            "Compact floorless coaster with a vertical loop, an Immelmann and a zero-g roll, "
            "built on the site of the family coaster Slangen."
        ),
        "track_material": "steel", "coaster_type": "floorless", "launch_type": "chain_lift",
        "height_m": 28.0, "drop_m": 20.0, "length_m": 564.0, "speed_kmh": 77.0,
        "inversions": 3, "max_vertical_angle_deg": None, "g_force": 4.0,
        "trains": 2, "cars_per_train": 6, "riders_per_car": 4,
    },
    {
        "park": "Tivoli Gardens", "title": "Kamelen", "slug": "kamelen",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2019-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Zierer", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Camel-themed Zierer family coaster that replaced the earlier Karavanen.",
        "track_material": "steel", "coaster_type": "family", "launch_type": "tire_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Tivoli Gardens", "title": "Den Flyvende Kuffert",
        "slug": "den-flyvende-kuffert", "area": None, "category": "dark_ride",
        "status": "operating", "opening_date": "1993-01-01", "closing_date": None,
        "former_names": [], "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Dark ride through scenes from the fairy tales of Hans Christian Andersen.",
    },
    {
        "park": "Tivoli Gardens", "title": "Fatamorgana", "slug": "fatamorgana",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "2016-04-28", "closing_date": None, "former_names": [],
        "manufacturer": "Huss Park Attractions", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": 900, "duration_s": None,
        "intro": (
            "45 m Huss Condor tower with two types of gondola, one gentle for families and "
            "one faster spinning ring."
        ),
    },
    {
        "park": "Tivoli Gardens", "title": "Nautilus", "slug": "nautilus",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "2007-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Zierer", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Octopus ride with fish-shaped gondolas that riders raise and lower over a pool "
            "with a joystick."
        ),
    },
    # ========================================================================== Bakken
    {
        "park": "Bakken", "title": "Rutschebanen", "slug": "rutschebanen",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1932-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Wooden coaster from 1932 that dominates the centre of the park, originally run "
            "with brakemen."
        ),
        "track_material": "wood", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Bakken", "title": "Tornado", "slug": "tornado",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2009-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Intamin spinning coaster, largely inside a building, whose lift accelerates "
            "sharply just before the crest."
        ),
        "track_material": "steel", "coaster_type": "spinning", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Bakken", "title": "Vilde Mus", "slug": "vilde-mus",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2012-03-29", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": "Wild Mouse",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Mack wild mouse coaster with tight unbanked turns.",
        "track_material": "steel", "coaster_type": "wild_mouse", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Bakken", "title": "Mariehønen", "slug": "mariehonen",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1981-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Zierer", "designer": None, "ride_model": "Tivoli",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Ladybird-themed Zierer Tivoli family coaster.",
        "track_material": "steel", "coaster_type": "family", "launch_type": "tire_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    # ================================================================= Fuji-Q Highland
    {
        "park": "Fuji-Q Highland", "title": "Fujiyama", "slug": "fujiyama",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1996-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Togo", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Hyper coaster nicknamed the King of Coasters, the tallest roller coaster in the "
            "world when it opened in 1996."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 79.0, "drop_m": 70.0, "length_m": 2045.0, "speed_kmh": 130.0,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Fuji-Q Highland", "title": "Do-Dodonpa", "slug": "do-dodonpa",
        "area": None, "category": "roller_coaster", "status": "closed_permanently",
        "opening_date": "2001-12-21", "closing_date": "2021-08-12",
        "former_names": ["Dodonpa"],
        "manufacturer": "S&S Worldwide", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Compressed-air launched coaster reaching 180 km/h in 1.56 seconds; rebuilt as "
            "Do-Dodonpa with a 39.7 m loop in 2017, it was suspended in August 2021 after "
            "rider injuries and its permanent closure was announced in March 2024."
        ),
        "track_material": "steel", "coaster_type": "sit_down",
        "launch_type": "pneumatic_launch",
        "height_m": 49.0, "drop_m": None, "length_m": None, "speed_kmh": 180.0,
        "inversions": 1, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Fuji-Q Highland", "title": "Eejanaika", "slug": "eejanaika",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2006-07-19", "closing_date": None, "former_names": [],
        "manufacturer": "S&S Worldwide", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "4th Dimension coaster with rotating seats, recognised by Guinness for turning "
            "riders upside down 14 times."
        ),
        "track_material": "steel", "coaster_type": "fourth_dimension",
        "launch_type": "chain_lift",
        "height_m": 76.0, "drop_m": 65.0, "length_m": 1153.0, "speed_kmh": 126.0,
        "inversions": None, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Fuji-Q Highland", "title": "Takabisha", "slug": "takabisha",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2011-07-16", "closing_date": None, "former_names": [],
        "manufacturer": "Gerstlauer", "designer": None, "ride_model": "Euro-Fighter",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Gerstlauer Euro-Fighter with a 121-degree beyond-vertical first drop, a record "
            "when it opened in 2011."
        ),
        "track_material": "steel", "coaster_type": "sit_down",
        "launch_type": "vertical_lift",
        "height_m": 43.0, "drop_m": 43.0, "length_m": 1000.0, "speed_kmh": 100.0,
        "inversions": 7, "max_vertical_angle_deg": 121.0, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    # ================================================================ Tokyo Disneyland
    {
        "park": "Tokyo Disneyland", "title": "Space Mountain", "slug": "space-mountain",
        "area": "Tomorrowland", "category": "roller_coaster",
        "status": "closed_permanently",
        "opening_date": "1983-04-15", "closing_date": "2024-07-31", "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 102, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Opening-day indoor coaster that closed on 31 July 2024 to be replaced by an "
            "entirely new Space Mountain planned for 2027."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Tokyo Disneyland", "title": "Big Thunder Mountain",
        "slug": "big-thunder-mountain", "area": "Westernland", "category": "roller_coaster",
        "status": "operating", "opening_date": "1987-07-04", "closing_date": None,
        "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 102, "capacity_per_hour": None, "duration_s": None,
        "intro": "Runaway mine train coaster around a red-rock mountain in Westernland.",
        "track_material": "steel", "coaster_type": "mine_train", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Tokyo Disneyland", "title": "Splash Mountain", "slug": "splash-mountain",
        "area": "Critter Country", "category": "water_ride", "status": "operating",
        "opening_date": "1992-10-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": 90, "capacity_per_hour": None, "duration_s": None,
        "intro": "Log flume through scenes with animatronic animals, ending in a steep drop.",
    },
    {
        "park": "Tokyo Disneyland", "title": "Pooh's Hunny Hunt", "slug": "poohs-hunny-hunt",
        "area": "Fantasyland", "category": "dark_ride", "status": "operating",
        "opening_date": "2000-09-04", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Trackless dark ride in honey pots through the Hundred Acre Wood.",
    },
    {
        "park": "Tokyo Disneyland", "title": "Haunted Mansion", "slug": "haunted-mansion",
        "area": "Fantasyland", "category": "dark_ride", "status": "operating",
        "opening_date": "1983-04-15", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Omnimover dark ride through a mansion full of ghosts.",
    },
    {
        "park": "Tokyo Disneyland", "title": "Western River Railroad",
        "slug": "western-river-railroad", "area": "Adventureland", "category": "transport",
        "status": "operating", "opening_date": "1983-04-15", "closing_date": None,
        "former_names": [], "manufacturer": None, "designer": "Walt Disney Imagineering",
        "ride_model": None, "min_height_cm": None, "capacity_per_hour": None,
        "duration_s": None,
        "intro": "Steam train loop through Adventureland and Westernland scenery.",
    },
    {
        "park": "Tokyo Disneyland", "title": "Enchanted Tale of Beauty and the Beast",
        "slug": "enchanted-tale-of-beauty-and-the-beast", "area": "Fantasyland",
        "category": "dark_ride", "status": "operating", "opening_date": "2020-09-28",
        "closing_date": None, "former_names": [], "manufacturer": None,
        "designer": "Walt Disney Imagineering", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Trackless dark ride in enchanted teacups retelling Beauty and the Beast.",
    },
    # ======================================================================= Gardaland
    {
        "park": "Gardaland", "title": "Raptor", "slug": "raptor",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2011-04-01", "closing_date": None, "former_names": [],
        "manufacturer": "Bolliger & Mabillard", "designer": "Bolliger & Mabillard",
        "ride_model": "Wing Coaster",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "The first B&M wing coaster in the world.",
        "track_material": "steel", "coaster_type": "wing", "launch_type": "chain_lift",
        "height_m": 33.0, "drop_m": None, "length_m": 770.0, "speed_kmh": 90.0,
        "inversions": 3, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Gardaland", "title": "Oblivion – The Black Hole",
        "slug": "oblivion-the-black-hole",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2015-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Gerstlauer", "designer": None, "ride_model": "Euro-Fighter",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Gerstlauer Euro-Fighter whose first drop plunges into a dark hole.",
        "track_material": "steel", "coaster_type": "sit_down",
        "launch_type": "vertical_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": None, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Gardaland", "title": "Blue Tornado", "slug": "blue-tornado",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1998-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Vekoma suspended looping coaster with five inversions.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Gardaland", "title": "Magic Mountain", "slug": "magic-mountain",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1985-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Vekoma double-loop and corkscrew coaster built over rocky scenery.",
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 4, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Gardaland", "title": "Sequoia Adventure", "slug": "sequoia-adventure",
        "area": None, "category": "roller_coaster", "status": "closed_permanently",
        "opening_date": "2005-04-30", "closing_date": "2019-01-01", "former_names": [],
        "manufacturer": "S&S Worldwide", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "The first S&S Screaming Squirrel, whose four-seat cars ride long stretches "
            "upside down on vertical switchback arms; closed after 2017, it ran again "
            "briefly in 2019."
        ),
        "track_material": "steel", "coaster_type": "other", "launch_type": "chain_lift",
        "height_m": 30.0, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": None, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": 4,
    },
    {
        "park": "Gardaland", "title": "Space Vertigo", "slug": "space-vertigo",
        "area": None, "category": "flat_ride", "status": "operating",
        "opening_date": "1998-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Free-fall drop tower in the park's space-themed corner.",
    },
    # ================================================================== Walibi Belgium
    {
        "park": "Walibi Belgium", "title": "Kondaa", "slug": "kondaa",
        "area": "Exotic World", "category": "roller_coaster", "status": "operating",
        "opening_date": "2021-05-08", "closing_date": None, "former_names": [],
        "manufacturer": "Intamin", "designer": None, "ride_model": None,
        "min_height_cm": 130, "capacity_per_hour": 1080, "duration_s": 90,
        "intro": (
            "Intamin mega coaster with fifteen airtime moments; at opening the tallest and "
            "fastest roller coaster in the Benelux."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 50.0, "drop_m": None, "length_m": 1200.0, "speed_kmh": 113.0,
        "inversions": 0, "max_vertical_angle_deg": 80.0, "g_force": 4.5,
        "trains": 2, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Walibi Belgium", "title": "Pulsar", "slug": "pulsar",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "2016-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Mack Rides", "designer": "Mack Rides", "ride_model": "Power Splash",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Mack Power Splash that launches a boat forwards and backwards up vertical "
            "spikes before splashing down."
        ),
        "track_material": "steel", "coaster_type": "other", "launch_type": "lsm_launch",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 0, "max_vertical_angle_deg": 90.0, "g_force": None,
        "trains": 1, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Walibi Belgium", "title": "Turbine", "slug": "turbine",
        "area": "Dock World", "category": "roller_coaster", "status": "operating",
        "opening_date": "1982-01-01", "closing_date": None,
        "former_names": ["Sirocco", "Psyké Underground"],
        "manufacturer": "Schwarzkopf", "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Schwarzkopf launched shuttle loop that opened as Sirocco; after several "
            "renames it took the Turbine name again for the Dock World area."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "other",
        "height_m": None, "drop_m": None, "length_m": None, "speed_kmh": None,
        "inversions": 1, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Walibi Belgium", "title": "Cobra", "slug": "cobra",
        "area": "Karma World", "category": "roller_coaster", "status": "operating",
        "opening_date": "2001-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": "Boomerang",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": (
            "Vekoma Boomerang that runs its layout forwards and then backwards; re-themed "
            "for the Bollywood-inspired Karma World in 2019."
        ),
        "track_material": "steel", "coaster_type": "sit_down", "launch_type": "chain_lift",
        "height_m": 35.6, "drop_m": None, "length_m": 285.0, "speed_kmh": 76.0,
        "inversions": 3, "max_vertical_angle_deg": None, "g_force": None,
        "trains": 1, "cars_per_train": 7, "riders_per_car": 4,
    },
    {
        "park": "Walibi Belgium", "title": "Vampire", "slug": "vampire",
        "area": None, "category": "roller_coaster", "status": "operating",
        "opening_date": "1999-01-01", "closing_date": None, "former_names": [],
        "manufacturer": "Vekoma", "designer": "Vekoma", "ride_model": "SLC 689m",
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Standard Vekoma Suspended Looping Coaster.",
        "track_material": "steel", "coaster_type": "inverted", "launch_type": "chain_lift",
        "height_m": 33.3, "drop_m": None, "length_m": 689.0, "speed_kmh": 80.0,
        "inversions": 5, "max_vertical_angle_deg": None, "g_force": None,
        "trains": None, "cars_per_train": None, "riders_per_car": None,
    },
    {
        "park": "Walibi Belgium", "title": "Challenge of Tutankhamon",
        "slug": "challenge-of-tutankhamon", "area": None, "category": "dark_ride",
        "status": "operating", "opening_date": "1999-01-01", "closing_date": None,
        "former_names": [], "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Interactive shooting dark ride through an Egyptian excavation site.",
    },
    {
        "park": "Walibi Belgium", "title": "Popcorn Revenge", "slug": "popcorn-revenge",
        "area": "Karma World", "category": "dark_ride", "status": "operating",
        "opening_date": "2019-01-01", "closing_date": None, "former_names": [],
        "manufacturer": None, "designer": None, "ride_model": None,
        "min_height_cm": None, "capacity_per_hour": None, "duration_s": None,
        "intro": "Interactive shooting dark ride themed to a Bollywood film set.",
    },
]

# A ride's history across pages (RidePage.replaces and RidePage.relocated_from), only between
# rides that are both in RIDES and only where it is well documented: Nemesis Reborn was built
# in Nemesis's ravine after the original was removed in 2023; Hagrid's stands on the site of
# Dragon Challenge, removed in 2017. (The relocated coasters above moved to parks that are not
# in the demo, so they have no "Relocated from" link.)
RIDE_LINKS = [
    {
        "park": "Alton Towers", "slug": "nemesis-reborn",
        "replaces": ("Alton Towers", "nemesis"),
    },
    {
        "park": "Universal Islands of Adventure",
        "slug": "hagrids-magical-creatures-motorbike-adventure",
        "replaces": ("Universal Islands of Adventure", "dragon-challenge"),
    },
]
