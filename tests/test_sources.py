import pytest

from citeaudit.rules import RuleError, load_rules
from citeaudit.sources import SourceClassifier


@pytest.fixture(scope="module")
def classifier(rules):
    return SourceClassifier(rules)


@pytest.mark.parametrize("phrase, kind, outlet", [
    ("Retired Lt. Gen. Michael Flynn", "person", None),
    ("conservative talk radio host Rush Limbaugh", "person", None),
    ("a man", "person", None),
    ("Walsall boss Mat Sadler", "person", None),
    # roles of news in general: an Indian city's councillor, a shopkeeper, one who saw it
    ("Local corporator Sunita Yadav", "person", None),
    ("shopkeeper Rakesh Patil", "person", None),
    ("an eyewitness", "person", None),
    ("Constable Priya Nair", "person", None),
    ("The influencer", "person", None), ("a popular streamer", "person", None),
    ("Users on Reddit", "vague", None), ("Twitter users", "vague", None),  # (the people of a platform, unnamed)
    ("the civic body", "government", None),  # an Indian city's corporation
    ("The federal opposition", "organization", None),
    ("the Greens", "organization", None),
    ("Buckingham Palace", "government", None),
    ("The findings", "document", None),
    # a trade that is a surname after a given name: "Jan Brewer" is a person, "the brewer" a company
    ("Jan Brewer", "person", None),
    ("the Dutch brewer", "organization", None),
    ("Records", "document", None),  # (a name ending with it is a label's: "Atlantic Records")
    ("Atlantic Records", "organization", None),
    # a court's order and opinion
    ("the order", "document", None),
    ("a company history", "document", None),  # (not history alone: "History shows")
    ("History", "unknown", None),
    ("his biography", "document", None),
    ("Body camera footage", "document", None),
    ("a preliminary account released by the department", "document", None),
    ("Paramount Global", "organization", None),
    ("House Republicans", "organization", None),  # (a chamber's party, as the party: not a person, not the chamber)
    ("top Senate Democrats", "organization", None),
    ("the Senate", "government", None),
    ("the unsigned opinion", "document", None),
    # a state named for its government; its voters and senators speak for themselves
    ("New York", "government", None),
    ("Iowa voters", "person", None),
    ("the Vermont senators", "person", None),
    ("Goldman Sachs economists", "organization", None),
    # a list of members of one kind
    ("Reps. Ann Lee (D-Calif.) and Tom Hale", "person", None),
    ("Russia and China", "government", None),
    ("PolitiFact", "outlet", "PolitiFact"),
    # an alias the registry writes in lower case counts written so
    ("the German news agency dpa", "outlet", "Deutsche Presse-Agentur"),
    ("Asahi", "outlet", "The Asahi Shimbun"),
    ("the news agency ANI", "outlet", "Asian News International"), ("IANS", "outlet", "Indo-Asian News Service"),
    # civic, legal and other roles before a name
    ("county clerk Janet Moore", "person", None),
    ("Member of House panel", "person", None),
    ("the Rev. Peter Wherry", "person", None),
    ("the defendant", "person", None),
    ("The civic body's counsel Anil Sakhare", "person", None),
    ("the bench", "government", None),  # a court's judges: "the bench observed"
    ("The Brihanmumbai Municipal Corporation", "government", None),  # a city's government
    # a body's officer named by the body before the role is a person, as "a spokesman for the ministry"
    ("a White House spokesman", "person", None),
    ("Police chief", "person", None),
    ("Bank of England governor", "person", None),
    ("Pentagon officials", "anonymous", None),
    ("the referendum results", "document", None),
    # a newspaper by its masthead word, registered or not; "others" as vague as "some"
    ("The Plain Dealer", "outlet", None),
    ("the Daily Ledger", "outlet", None),
    ("others", "vague", None),
    ("Not everyone", "vague", None),
    ("almost everyone I interviewed", "vague", None),  # (the rules judge the whole where the words left say nothing)
    ("Forecasters", "vague", None),
    ("Witnesses", "vague", None),  # (people who saw it or live near, alone)
    ("residents", "vague", None),
    ("Residents of Elm Street", "person", None),
    # people met at the scene, alone ("Tenants said", "angry parents"), not those a story counted, nor a constituency
    ("Tenants", "vague", None), ("angry parents", "vague", None), ("Demonstrators", "vague", None),
    ("the tenants", "person", None), ("Voters", "person", None),
    ("a witness", "person", None),
    ("climate scientists", "vague", None),
    ("tracking site FlightAware", "organization", None),
    ("industry tracker Pollstar", "organization", None),
    ("the 27-year-old", "person", None),
    ("QuickCart", "organization", None),
    ("WikiLeaks", "organization", None),
    ("DeSantis", "unknown", None),
    ("McCain", "unknown", None),
    ("Delta Air Lines", "organization", None),
    ("the Confederation of the European Bicycle Industry", "organization", None),
    ("The county commission", "government", None),
    ("USTR", "government", None),
    ("the Congressional Research Service", "government", None),
    ("the feds", "government", None),
    # a group named with a word of government is no government ("the Senate Judiciary Committee" is)
    ("the Senate Leadership Fund", "organization", None),
    ("Senate Majority PAC", "organization", None),
    ("the Senate Judiciary Committee", "government", None),
    ("a copy of the email viewed by The Hill", "document", None),
    # a sports league by its initials, or "the league" (not a player it names: "The NFL legend")
    ("The NFL", "organization", None),
    ("the league", "organization", None),
    ("The NFL legend", "unknown", None),
    ("The Ridge Fire", "unknown", None),  # a wildfire, not a fire service as "Cal Fire"
    ("Cal Fire", "government", None),
    ("The police union", "organization", None),
    ("the police", "government", None),
    ("The state Farm Bureau", "organization", None),
    ("the Federal Bureau of Prisons", "government", None),
    ("Bureau of Labor Statistics", "government", None),
    ("legal scholars", "vague", None),
    ("the town's finance office", "government", None),
    ("the county historical society", "organization", None),
    ("The nonprofit", "organization", None),
    ("the agreement", "document", None),
    ("the Herald", "outlet", None),
    ("filings with state regulators", "document", None),
    ("reports reviewed by the Ledger", "document", None),
    ("one of the officials", "anonymous", None),
    ("Herald", "unknown", None),
    ("Charleston Church Shooting Survivors", "person", None),
    ("a 34-year-old man", "person", None),
    ("Monroe's label", "organization", None),
    ("the company website", "document", None),
    ("The Legislative Fiscal Office", "government", None),
    ("the fiscal office", "government", None),
    ("the Egyptian presidency", "government", None),
    ("A 2024 Federal Reserve Bank of Kansas City paper", "document", None),  # a body's paper
    ("judge handling a Freedom of Information Act lawsuit", "person", None),
    ("two of the republicans seeking the presidency", "unknown", None),
    ("experts we spoke with", "vague", None),
    ("The U.S. Chamber of Commerce", "organization", None),
    ("Analysts polled by LSEG", "organization", None),  # a named body's poll
    ("Economists surveyed by Reuters", "outlet", "Reuters"),
    ("labor advocates", "vague", None),
    ("climate activists", "vague", None),
    ("security researchers", "vague", None),
    ("Researchers at MIT", "organization", None),
    ("the department's final rule", "document", None),
    ("a letter sent to the department", "document", None),
    ("Three officials we spoke with", "anonymous", None),
    ("others, including Sen. Jeff Merkley (D-Ore.) and Rep. Ann Kuster (D-N.H.)", "person", None),
    # a firm named by two names joined with "&"
    ("Pacific Gas & Electric", "organization", None),
    ("Procter & Gamble", "organization", None),
    ("the billionaire businessman", "person", None),
    ("Trump supporters", "person", None),
    ("the nearly 90-second ad", "document", None),
    ("the Buffalo Bills", "organization", None),  # a team, not a bill
    ("the budget office", "government", None),
    ("state premiers", "person", None),
    ("Iraq", "government", None),
    ("Freddie Mac", "organization", None),
    ("Statistics Canada", "government", None),
    ("a readout of the call", "document", None),
    ("Everyone I interviewed", "vague", None),
    # a document and who made it public, without "that"; a speech and its speaker
    ("a report the agency released last week", "document", None),
    ("a speech Mrs. Clinton delivered at New York University", "document", None),
    ("a speech by Mrs. Clinton", "document", None),
    ("NDP critic Chandra Pasma", "person", None),
    ("Abu Dhabi", "government", None),
    ("Chad Smith", "person", None),
    ("the National Hurricane Center", "government", None),
    ("the visitors' goalkeeper", "person", None),
    ("Then someone", "vague", None),
    ("Reuters", "outlet", "Reuters"),
    ("NY Post", "outlet", "New York Post"),
    ("the Russian news agency RIA", "outlet", "RIA Novosti"),
    ("The Sun", "outlet", "The Sun"),
    ("AP", "outlet", "Associated Press"),
    ("ap", "unknown", None),
    ("Washington", "government", None),
    ("the Kremlin", "government", None),
    ("many Western countries and the Kiev administration", "vague", None),
    ("critics", "vague", None),
    ("a source", "anonymous", None),
    ("Sergei Ryabkov", "person", None),
    ("Russia's deputy foreign minister", "person", None),
    ("he", "person", None),
    ("the report", "document", None),
    ("Human Rights Watch", "organization", None),
    ("councillor Jane Hughes", "person", None),
    ("the county commissioner", "person", None),
    ("the Office for National Statistics", "government", None),
    ("the Bureau of Labor Statistics", "government", None),
    ("Sources close to the senator", "anonymous", None),
    ("Ellison's office", "government", None),
    ("court documents", "document", None),
    ("the White House statement", "document", None),
    ("a filing with the Securities and Exchange Commission", "document", None),
    ("a report by the Institute for Fiscal Studies", "document", None),
    ("data released by the Petroleum Planning and Analysis Cell", "document", None),
    ("early evidence", "document", None),  # (no one: "A person familiar with it said early evidence pointed to")
    ("County commissioners", "government", None), ("a county commissioner", "person", None),
    ("The city", "government", None), ("the state", "government", None), ("the city's oldest bar", "unknown", None),
    ("The National Transportation Safety Board", "government", None), ("Her family", "person", None),
    ("Dr. Borja del Pozo Cruz", "person", None), ("Pierre de Vos", "person", None),  # (a particle inside)
    ("Banco de Mexico", "organization", None), ("Denver International Airport", "organization", None),
    ("statistics from the health ministry", "document", None),
    ("a strategist who spoke on the condition of anonymity", "anonymous", None),
    ("meteorologist Dan Price", "person", None),
    # a named body's officer is a person
    ("The UN's humanitarian chief", "person", None),
    ("Russia's foreign ministry spokesman", "person", None),
    ("Age UK", "unknown", None),
    ("federal investigators", "anonymous", None),
    ("multiple reports in Germany", "vague", None),
    ("media reports", "vague", None),
    ("two officials who reviewed the document", "anonymous", None),
    ("Sky Germany", "outlet", "Sky Germany"),
    # what a group or a number of people are decides
    ("Small groups of protesters", "vague", None), ("a group of lawyers", "vague", None),
    ("a group of companies", "organization", None),
    ("Harry Hurt III", "person", None),
    ("Polling by YouGov for The Times", "document", None),
    ("previous research", "vague", None),  # (research no one names: vague, as "Studies show")
    ("an advisory issued by the CDC", "document", None),
    ("FBI data released in September", "document", None),
    # a body named by what it is, after "the": its kind
    ("the agency", "government", None),
    ("the watchdog", "government", None),
    ("the centre", "organization", None),
    ("the Centers for Disease Control and Prevention", "government", None),
    # a company named with its trade
    ("Apex Music", "organization", None),
    ("Paramount Pictures", "organization", None),
    ("Melanie", "person", None),  # a first name alone
    ("the announcer", "person", None),
    ("one questioner", "person", None),
    ("the fund", "organization", None),  # "the fund warned" (the IMF)
    ("the energy regulator", "government", None),
    ("state regulators", "anonymous", None),  # unnamed officials
    ("environmentalists", "person", None),
    ("Britain's competition watchdog", "government", None),
    ("Norvel Semiconductor", "organization", None),
    ("Jordan", "unknown", None),  # (a country, a surname, or a name used for both)
    ("Chelsea", "unknown", None),  # (a club, a place)
    ("Penn Medicine", "organization", None),
    ("Ally Financial", "organization", None),
    # a public service named by what it does ("Cal" is also a first name)
    ("Cal Fire", "government", None),
    ("Sound Transit", "government", None),
    ("Kent Fire and Rescue", "government", None),
    ("the fire", "unknown", None),
    ("TMZ", "outlet", "TMZ"),
    # an outlet's name counts only capitalised, as copy writes names
    ("the nation", "unknown", None),
    ("vulture", "unknown", None),
    ("the Washington Post columnist Ruth Marcus", "person", None),
    # an outlet's own report is the outlet's reporting
    ("a report from The Information", "outlet", "The Information"),
    ("an article in The Atlantic", "outlet", "The Atlantic"),
    ("the company", "organization", None),
    ("the carmaker", "organization", None),
    ("the chipmaker", "organization", None),
    ("the U.N. human rights office", "organization", None),
    ("Tokyo Electric Power Co", "organization", None),
    ("the CDC", "government", None),
    ("local reports", "document", None),
    ("Election officials in Maricopa County", "anonymous", None),
    ("a source in Moscow", "anonymous", None),
    ("U.S. officials", "anonymous", None),
    ("Japan's coast guard", "government", None),
    ("Russia's Interfax news agency", "outlet", "Interfax"),
    ("Yonhap news agency", "outlet", "Yonhap"),
    ("ESPN", "outlet", "ESPN"),
    ("allegedly", "vague", None),
    ("The Institute for Fiscal Studies", "organization", None),
    ("No 10", "government", None),
    ("Labour", "organization", None),
    ("Politico Europe", "outlet", "Politico"),
    ("MEPs", "person", None),
    ("a study published in The Lancet", "document", None),
    ("a study published Tuesday in the Journal of the American Heart Association", "document", None),
    # an outlet's name between words of its own and a descriptor
    ("the official IRNA news agency", "outlet", "IRNA"),
    ("the semi-official Tasnim news agency", "outlet", "Tasnim"),
    ("the Sun newspaper", "outlet", "The Sun"),
    # news media named by what they are, not by name
    ("state media", "outlet", None),
    ("the official news agency", "outlet", None),
    ("Iranian state television", "outlet", None),
    ("social media", "vague", None),
    ("some newspapers", "vague", None),
    # the head before a modifier decides, unless the whole says the source is unnamed or vague
    ("Dr Henrik Aas of the Norwegian Polar Institute", "person", None),
    ("Sen. Jeff Merkley of Oregon", "person", None),
    ("the head of the IMF", "person", None),
    ("A spokeswoman for the Israeli Defense Ministry", "person", None),
    ("a senior administration official who spoke on the condition of anonymity", "anonymous", None),
    ("people familiar with the network's plans", "anonymous", None),
    ("two people briefed on the matter", "anonymous", None),
    ("someone in the audience", "vague", None),
    ("Criminologists", "vague", None),
    ("Economists at the Institute for Fiscal Studies", "organization", None),
    ("Analysts at Bernstein", "organization", None),  # people of a named body speak for it
    ("Reuters calculations", "document", None),
    ("a CNN tally", "document", None),
    ("Supporters of Republican Donald Trump", "vague", None),
    ("the secretary of state's office", "government", None),
    ("the civil protection agency", "government", None),
    ("the national weather service", "government", None),
    ("the official news agency", "outlet", None),
    ("Pentagon spokesman John Kirby", "person", None),  # a person named after a role
    ("Council President Dan Reyes", "person", None),  # ... a capitalised one
    ("Prosecutor Sarah Kemp", "person", None),  # (a role another kind takes alone: "prosecutors")
    ("Council Member Luis Ortega", "person", None),  # (a member of a body named by the body: "council")
    ("fisherman Tom Penrose", "person", None),  # (an occupation known by its ending)
    ("the Met Office", "government", None),
    ("National Grid", "organization", None),
    ("the business side of TV", "unknown", None),  # (a part of the media is no outlet)
    # (a line break counts as a space: a hard-wrapped text)
    ("a White House official who spoke on\ncondition of anonymity", "anonymous", None),
    # a group's named members make it checkable; members that are no names do not
    ("Other candidates, including Carly Fiorina and Ben Carson", "person", None),
    ("Several fact checkers, including The Washington Post", "outlet", "The Washington Post"),
    ("many trial lawyers, including big contributors to Democratic candidates", "vague", None),
    ("White House Press Secretary Karine Jean-Pierre", "person", None),
    ("Supreme Court Justice Amy Coney Barrett", "person", None),
    ("NHS England chief executive Amanda Pritchard", "person", None),
    ("the Justice Department", "government", None),  # (a title is no name)
    ("Ukraine's military intelligence chief Kyrylo Budanov", "person", None),
    ("a court document filed by state attorney Dave Aronberg", "document", None),
    ("the think tank Chatham House", "organization", None),  # a body named after what it is
    ("research firm Counterpoint", "organization", None),
    ("company CEO Tim Cook", "person", None),  # (a role after the company word)
    ("Insurers", "organization", None),
    ("telecom giant", "organization", None),  # a company by what it is
    ("Southern Rivers Water", "organization", None),  # a company named with its trade
    ("Counterpoint Research", "organization", None),  # (a firm, not research)
    ("the Athletics Integrity Unit", "organization", None),
    ("The Japanese athletics federation", "organization", None),
    ("A group calling itself BlackHarbor", "organization", None),  # (the name it goes by says nothing)
    ("The American Chemistry Council", "organization", None),  # a trade group's council
    ("The Democratic Leadership Council", "organization", None),
    ("The St. Paul City Council", "government", None),  # ... and a city's
    ("the Security Council", "government", None),
    ("The council", "government", None),
    ("the National Bureau of Statistics", "government", None),  # (one name, not the head "the National Bureau")
    ("The plastics industry", "organization", None),
    ("Doctors Without Borders", "organization", None),
    ("Congo", "government", None),
    ("The Democratic Republic of Congo", "government", None),
    ("the release of political prisoners and her election", "unknown", None),  # (a thing cited, not a document)
    ("A Portland Police Bureau news release", "document", None),
    ("a 2015 Pew Research survey", "document", None),  # (its survey is research)
    ("a plan released Wednesday", "document", None),
    ("a map posted by the city", "document", None),
    ("the publication", "outlet", None),
    ("NASA Administrator Bill Nelson", "person", None),
    ("Rep. Jim Banks", "person", None),  # (a surname like a plural of a company's word)
    ("Big Banks", "organization", None),
    ("the FAA", "government", None),
    ("the Federal Election Commission", "government", None),  # a public commission by its name
    ("the Commission on Presidential Debates", "organization", None),
    ("point guard Jalen Brunson", "person", None),  # a player by position
    ("A major U.S. wireless carrier", "organization", None),
    ("Goldman Sachs", "organization", None),  # a company known by name alone
    # studies and polls no one names are vague; one named or looked up is a document
    ("Studies", "vague", None), ("Many studies", "vague", None), ("Polls", "vague", None), ("Research", "vague", None),
    ("Studies by the CDC", "government", None), ("A new poll", "document", None), ("The study", "document", None),
    # unions' and parties' congresses are no legislature; a guidance counselor is a person
    ("The Nigeria Labour Congress", "organization", None), ("the Trades Union Congress", "organization", None),
    ("the African National Congress", "organization", None), ("Congress", "government", None),
    ("a high school guidance counselor", "person", None),
    ("The ACLU", "organization", None), ("Planned Parenthood", "organization", None), ("the AFL-CIO", "organization", None),
    # public bodies by initials or short name ("Sec." of a secretary is no SEC)
    ("the SEC", "government", None), ("ICE", "government", None), ("the Fed", "government", None),
    ("the Bank of England", "government", None), ("Border Patrol", "government", None), ("the Home Office", "government", None),
    ("the Bundestag", "government", None), ("Sec. Blinken", "person", None), ("ice", "unknown", None),
    # a body named for what it does and its country, a Canadian department so named government's
    ("Universities Canada", "organization", None), ("Sport England", "organization", None),
    ("Health Canada", "government", None), ("Kenya Moore", "person", None),
    ("Twitter", "organization", None), ("3M", "organization", None), ("Sainsbury\u2019s", "organization", None),
    ("Nato", "organization", None), ("Oxfam", "organization", None), ("Ofcom", "government", None),
    ("the HSE", "government", None), ("the ECB", "government", None),  # (bodies British and Irish copy name alone)
    ("Opta", "organization", None), ("Billboard Boxscore", "organization", None),  # (sport's and music's counters)
    ("Turkey's Kandilli Observatory", "organization", None),
    ("the Centers for Disease Control and Prevention", "government", None),
    ("Centers for Disease Control director Thomas Frieden", "person", None),  # (a name's own "for")
    ("a large trial", "document", None),
    ("an official release", "document", None),
    ("the book", "document", None),
    ("his memoir", "document", None),
    ("Box Office Mojo", "organization", None),  # (a box-office tracker, no person)
    ("the composer", "person", None),  # (the arts' roles, as those before a name: "composer Hans Zimmer")
    ("the filmmaker", "person", None),
    ("the rapper", "person", None),  # (a press release; not "the release of political prisoners")
    ("the release of political prisoners", "unknown", None),
    ("the U.S. Geological Survey", "government", None),  # (a public body, not a survey)
    ("Maricopa County", "government", None),  # a county named for its government
    ("St. Louis County", "government", None),
    ("the county emergency management agency", "government", None),
    ("CME Group's FedWatch tool", "document", None),
    # "The" and a capitalised name: a title, not a person, unless plural, possessed or addressed
    ("The Information", "outlet", "The Information"),
    ("The Avengers Initiative", "unknown", None),
    ("The Russians", "person", None),
    ("The Los Angeles Lakers", "organization", None),  # (a plural of several words is no person: here a team)
    ("The Post\u2019s Chris Cillizza", "person", None),
    ("NFL Network's Ian Rapoport", "person", None),  # (whatever the owner's "Network" makes of the whole)
    ("His office", "government", None),  # (an official's, as "the governor's office")
    ("The Elys\u00e9e", "government", None),  # (however its accents are written)
    ("the \u00c9lys\u00e9e", "government", None),
    ("the Elysee", "government", None),
    ("Iowa State University's Dianne Bystrom", "person", None),
    ("Russia's Foreign Ministry", "government", None),
    ("The Rev. Jesse Jackson", "person", None),
    ("the Wisconsin Republican", "person", None),
    # a newspaper by the form of its name, registered or not
    ("the Springfield Gazette", "outlet", None),
    ("the Star Tribune", "outlet", None),
    ("two officials knowledgeable about the talks", "anonymous", None),
    # unnamed staff, whoever they work or worked for (not the office's voice: "the treasurer's office" is)
    ("Two former employees of the treasurer's office", "anonymous", None),
    ("a Democratic staffer in the room", "anonymous", None),
    ("Google employees", "anonymous", None),
    ("Hampshire Constabulary", "government", None),  # (a police force)
    ("Scotland Yard", "government", None),
    ("the terms of the deal", "document", None),
    ("the agenda", "document", None),
    ("The subsequent investigation", "document", None),
    # an unnamed member of a legislature or government, one or a few counted (many are vague)
    ("a Labour MP", "anonymous", None),
    ("One backbencher", "anonymous", None),
    ("a Democratic senator", "anonymous", None),
    ("a senior Labour figure", "anonymous", None),
    ("several delegates", "vague", None),
    # an unnamed friend, confidant or associate is anonymous; a camp's members are vague, as supporters are
    ("one Trump confidant", "anonymous", None),
    ("Friends of the couple", "anonymous", None),
    ("a Clinton ally", "anonymous", None),
    ("Clinton allies", "vague", None),
    ("Allies of the prime minister", "vague", None),  # (not a person: "prime minister" is whose they are)
    ("Trump's congressional allies", "vague", None),
    ("my friend Andy McCarthy", "person", None),
    ("the Friends of the Library", "organization", None),  # (a body's name)
    ("Friends of the Earth", "organization", None),
    ("Republican establishment figures", "unknown", None),  # (people, not a document's figures)
    ("Many people", "vague", None),
    ("legal experts", "vague", None),  # a weasel noun after words of its own
    ("all the experts I interviewed", "vague", None),
    ("the researchers", "person", None),  # (a study's authors, named before: no weasel)
    ("foreign policy analysts", "vague", None),
    ("veterinarians", "vague", None),  # (a profession in the plural, alone)
    ("Nurses", "vague", None),
    ("Wall Street analysts", "organization", None),  # (a named body's, the financial industry's: checkable)
    ("two people", "anonymous", None),
    ("Farmers", "person", None),  # people the reporter spoke to, unnamed: not "Experts say"
    ("Residents of the flooded town of Faenza", "person", None),
    ("The Treasury", "government", None),  # a finance ministry by its short name
    ("HM Treasury", "government", None),
    ("Green Valley Farms", "organization", None),  # a business by its trade
    ("Tyson Foods", "organization", None),
    ("state news agency Andina", "outlet", None),  # a medium's kind, then its name
    ("local broadcaster RPP", "outlet", None),
    ("Layoffs.fyi", "organization", None),  # a website by its address
    ("The organisation", "organization", None),  # (British spelling)
    ("Copernicus Climate Change Service", "organization", None),  # a service by its name
    ("a criminal complaint filed Monday", "document", None),  # a document and when it was made public
    ("the indictment unsealed on Tuesday", "document", None),
    ("Treasury Secretary Janet Yellen", "person", None),
    # a relative clause says what its noun did, not what it is
    ("a person who has seen the letter", "anonymous", None),
    ("the Japanese company that developed the drug with Biogen", "organization", None),
    ("Criminologist Jeff Asher, who tracks crime data", "person", None),
    ("Lincoln Elementary", "organization", None),  # a school
    ("Pacific Gas and Electric", "organization", None),  # a utility by its trade
    ("The 6-3 decision", "document", None),  # a court's decision
    ("her decision", "unknown", None),  # (not one's choice, nor one's judgment)
    ("Clinton's judgment", "unknown", None),
    ("public opinion", "unknown", None),
    ("The House", "government", None),  # a chamber by its short name
    ("the agency's regional office", "government", None),  # a body's office, with what kind of office
    ("The Centers for Disease Control and Prevention", "government", None),  # one name, not the head "The Centers"
    ("Librarians I spoke with", "person", None),  # those the reporter spoke with, whatever they do
    ("a woman whose name was withheld", "anonymous", None),
    ("the house", "unknown", None),
    ("Haaland's agent", "person", None),  # an agent, a player's or the FBI's, is a person
    ("Local residents", "vague", None),
    ("the PMO", "government", None),  # India's Prime Minister's Office
    ("A Monmouth University poll", "document", None),  # a body's document in lower case
    ("6 in 10 Republicans", "person", None),  # a share of a group: people, no party
    ("Aid agencies", "organization", None),
    ("The district", "government", None),
    ("AAA", "organization", None),  # the motor club, quoted on petrol prices
    ("U.S. intelligence agencies", "government", None),
    ("About 3 in 4 doctors", "vague", None),
    ("the Institute for Policy Studies", "organization", None),
    ("A rep for Vance", "person", None),
    ("Lind's publicist", "person", None),
    ("former FBI agent Timothy Gill", "person", None),
    # sports clubs, by a place and a word of their kind (two capitalised words looked like a person's name)
    ("Real Madrid", "organization", None),
    ("Manchester United", "organization", None),
    ("Tottenham Hotspur", "organization", None),
    ("Tom Real", "person", None),
    # ... and North American league teams by their nickname, perhaps after their place
    ("The New York Yankees", "organization", None),
    ("the Hornets", "organization", None),
    ("Republican Senators", "person", None),  # (a nickname also said of others is none)
    # a role, then a name with particles (not an outlet named after what it is)
    ("European Commission President Ursula von der Leyen", "person", None),
    ("Crown Prince Mohammed bin Salman", "person", None),
    ("Portuguese newspaper Correio de Manha", "unknown", None),
    # a name after a word only bodies are described with; specifications, a tally by a body; the Joint Chiefs
    ("the nonpartisan OpenSecrets", "organization", None),
    ("The nonprofit ProPublica", "organization", None),
    ("the liberal Elizabeth Warren", "unknown", None),
    ("Meta's own specifications", "document", None),
    ("a tally by the James Martin Center for Nonproliferation Studies", "document", None),
    ("a count by The Associated Press", "document", None),
    ("the Joint Chiefs of Staff", "government", None),
    ("the chairman of the Joint Chiefs of Staff", "person", None),
    # a firm named with its trade; invoices and messages
    ("Riverside Civil Works", "organization", None),
    ("Turner Construction", "organization", None),
    ("invoices", "document", None),
    ("text messages", "document", None),
    # a chain (not a department's), a tribe (not a surname), the financial industry by its street
    ("the department store chain", "organization", None),
    ("the tribe", "organization", None),
    ("Laurence H. Tribe", "person", None),
    ("Wall Street", "organization", None),
    # tests and experiments are documents, whoever ran them
    ("Tests by the Food and Drug Administration", "document", None),
    ("lab experiments", "document", None),
])
def test_classify(classifier, phrase, kind, outlet):
    got = classifier.classify(phrase)
    assert got[:2] == (kind, outlet)


def test_anonymity_reason_is_recorded(classifier):
    kind, _, reason = classifier.classify("two officials who were not authorized to speak publicly")
    assert kind == "anonymous" and reason and "not authorized to speak publicly" in reason
    # (a contraction too)
    assert classifier.classify("a campaign official who wasn't authorized to speak publicly") == (
        "anonymous", None, "wasn't authorized to speak publicly")


def test_registry_has_many_outlets(classifier):
    assert len({o.name for o in classifier.outlets.values()}) >= 150
    assert [o.name for o in classifier.outlets_at("www.nypost.com")] == ["New York Post"]


def test_bad_outlet_entry_names_key(tmp_path):
    (tmp_path / "o.yaml").write_text("id: my-outlets\nkind: outlets\ndescription: d\n"
                                     "outlets:\n  - {name: X, aliases: [X], type: blog}\n", encoding="utf-8")
    with pytest.raises(RuleError) as e:
        SourceClassifier(load_rules([str(tmp_path)]))
    assert "o.yaml" in str(e.value) and "outlets[0].type" in str(e.value)


def test_user_rules_add_outlets_and_their_descriptors(tmp_path, classifier):
    assert classifier.outlet("the broadsheet Cork Examiner") is None
    (tmp_path / "o.yaml").write_text("id: my-outlets\nkind: outlets\ndescription: d\ndescriptors: [broadsheet]\n"
                                     "outlets:\n  - {name: Irish Examiner, aliases: [Cork Examiner], type: newspaper}\n",
                                     encoding="utf-8")
    mine = SourceClassifier(load_rules([str(tmp_path)]))
    assert mine.outlet("the broadsheet Cork Examiner").name == "Irish Examiner"
    assert mine.outlet("Ireland's Cork Examiner broadsheet").name == "Irish Examiner"
    # the built-in descriptors still apply to the new outlet
    assert mine.outlet("the Irish newspaper Cork Examiner").name == "Irish Examiner"


def test_fear_of_retaliation_is_a_stated_reason(classifier):
    reason = classifier.reason("anonymous", "One neighbor, who asked not to be named for fear of retaliation, said so.")
    assert reason == "for fear of retaliation"


@pytest.mark.parametrize("person, pronoun", [
    ("Maria Lopez", "she"), ("Sen. Mark Kelly", "he"), ("Mrs. Clinton", "she"), ("his wife", "she"),
    ("Trump's son", "he"), ("Budanov", None), ("the mayor", None),
    ("Jordan Peterson", None),  # a first name used for both
    ("Mrs. Clinton's husband", None),  # the words disagree
    ("the bill's sponsor", None),  # a first name counts only with a capital
])
def test_pronoun_a_person_is_referred_to_with(classifier, person, pronoun):
    assert classifier.pronoun_for(person) == pronoun


def test_user_rules_add_first_names_and_bad_lists_name_the_key(tmp_path, classifier):
    assert classifier.pronoun_for("Oksana Marchenko") is None
    rule = "id: my-names\nkind: source-terms\ndescription: d\nsource_kind: person\npatterns: ['^$']\n"
    (tmp_path / "n.yaml").write_text(rule + "first_names: {she: [Oksana]}\n", encoding="utf-8")
    assert SourceClassifier(load_rules([str(tmp_path)])).pronoun_for("Oksana Marchenko") == "she"
    (tmp_path / "n.yaml").write_text(rule + "first_names: {it: [Oksana]}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"n\.yaml: key 'first_names'"):
        SourceClassifier(load_rules([str(tmp_path)]))


def test_user_rules_list_companies_matched_whole_and_bad_entries_name_the_key(tmp_path, classifier):
    assert classifier.classify("Halvorsen")[0] == "unknown"
    rule = "id: my-firms\nkind: source-terms\ndescription: d\nsource_kind: organization\npatterns: ['^$']\n"
    (tmp_path / "f.yaml").write_text(rule + "companies: [Halvorsen, \"Dunne's\"]\n", encoding="utf-8")
    mine = SourceClassifier(load_rules([str(tmp_path)]))
    assert mine.classify("Halvorsen")[0] == "organization" and mine.is_company("Halvorsen")
    assert mine.classify("Dunne\u2019s")[0] == "organization"  # (an apostrophe either way)
    assert mine.classify("Halvorsen Lake")[0] != "organization" and not mine.is_company("halvorsen")  # (whole, as written)
    (tmp_path / "f.yaml").write_text(rule + "companies: [Halvorsen, {name: X}]\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"f\.yaml: key 'companies\[1\]'"):
        SourceClassifier(load_rules([str(tmp_path)]))


def test_an_outlets_name_shared_by_two_countries_is_the_one_of_the_articles_country_or_link(classifier):
    uk = "More than 40 Labour MPs rebelled, The Times reported. Downing Street said the bill saves £5 billion.\n"
    us = "Republicans in Congress are split, The Times reported. The White House said it would pass.\n"
    assert classifier.country_of(uk) == "GB" and classifier.country_of(us) == "US"
    assert classifier.outlet("The Times", uk).name == "The Times"
    assert classifier.outlet("The Times", us).name == "The New York Times"
    assert classifier.outlet("The Times").name == "The New York Times"  # (nothing tells: the registry's last)
    assert classifier.outlet("The Times", us, ["www.thetimes.co.uk"]).name == "The Times"  # (the link tells)
    assert classifier.outlet("the ABC", "Labor MPs in Canberra welcomed it. It costs A$2 billion.").name == \
        "ABC News (Australia)"
    assert classifier.country_of("The mayor spoke.") is None  # (too few markers)
    # ... the one the article names by a name of its own, wherever it is placed
    london = "Sadiq Khan was elected mayor of London, Britain's capital, according to The New York Times."
    assert classifier.country_of(london) == "GB" and classifier.outlet("the Times", london).name == "The New York Times"


def test_country_markers_must_be_lists_of_patterns_named_by_key(tmp_path):
    rule = "id: my-outlets\nkind: outlets\ndescription: d\noutlets: []\n"
    (tmp_path / "o.yaml").write_text(rule + "country_markers: {NZ: 'Wellington'}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"o\.yaml: key 'country_markers\.NZ'"):
        SourceClassifier(load_rules([str(tmp_path)]))
    (tmp_path / "o.yaml").write_text(rule + "country_markers: {NZ: ['(Wellington']}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"o\.yaml: key 'country_markers\.NZ\[0\]'"):
        SourceClassifier(load_rules([str(tmp_path)]))


def test_the_outlets_of_a_web_host_are_found_in_the_registrys_order(classifier):
    # (two outlets share thetimes.co.uk: which one a link names was left to a set's order, so that the same
    # article was said to link to The Times' report in one run and not in the next)
    assert [o.name for o in classifier.outlets_at("www.thetimes.co.uk")] == ["The Times", "The Sunday Times"]
    assert classifier.outlets_at("example.org") == []
