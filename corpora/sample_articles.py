# SPDX-License-Identifier: MIT
# The articles of the sample corpus: a fictional event (fuel-price protests
# in the fictional country of Veskaria, March 2025) told by seven fictional
# outlets. Every name, place, figure and quote here is invented.
# make-sample.py renders them through each outlet's page template.

A = []


def art(outlet, lang, slug, date, title, authors, paras, tags=(), **kw):
    d = dict(outlet=outlet, lang=lang, slug=slug, date=date, title=title,
             authors=list(authors), paras=list(paras), tags=list(tags))
    d.update(kw)
    A.append(d)


def by_slug(slug):
    return next(a["paras"] for a in A if a["slug"] == slug)


# --- VTR, Veskaria State Television (state-affiliated) -------------------
art("vtr", "en", "fuel-reform-explained", "2025-03-08T09:00:00+03:00",
    "Government explains fuel price reform", ["Olga Demina"], [
        "The Cabinet of Ministers on Saturday set out the reasons for the "
        "new fuel prices, which take effect on Monday. Subsidies that cost "
        "the treasury billions every year will now go to schools and "
        "hospitals, officials said.",
        "\u201cThe old prices helped smugglers more than families,\u201d "
        "government spokeswoman Irina Valt said at a briefing in Drovna. "
        "\u201cEvery citizen will feel the benefit of this reform within a "
        "year.\u201d",
        "Economists at the State Planning Institute expect inflation to "
        "stay below six per cent despite the change.",
    ], ["economy", "fuel"])
art("vtr", "en", "president-warns-provocateurs", "2025-03-12T20:30:00+03:00",
    "President Merek warns of foreign-backed provocateurs", ["Sergei Lam"], [
        "President Aldan Merek said on Wednesday that the unrest in Drovna "
        "and Kesh was organised from abroad and called it an attempted "
        "colour revolution.",
        "\u201cThese are not workers asking about prices. These are trained "
        "provocateurs paid by foreign foundations,\u201d Merek said in a "
        "televised address to the nation.",
        "The president thanked the police for their restraint and said "
        "that order would be restored within days. He promised that "
        "pensions would be raised in April.",
    ], ["politics", "security"])
art("vtr", "en", "concord-peacekeepers-arrive", "2025-03-14T07:15:00+03:00",
    "Concord peacekeepers arrive to protect strategic sites",
    ["Olga Demina"], [
        "The first units of the Northern Concord Security Pact landed at "
        "Drovna airport on Friday morning at the request of President "
        "Merek.",
        "The peacekeepers will guard power stations, the airport and "
        "government buildings and will not take part in policing, the "
        "Defence Ministry said.",
        "\u201cOur allies answered within hours. This is what collective "
        "security means,\u201d Defence Minister Arman Tulei said.",
    ], ["security", "Concord"])
art("vtr", "en", "order-restored-kesh", "2025-03-17T18:00:00+03:00",
    "Order restored in Kesh as residents clean streets", ["Sergei Lam"], [
        "Life returned to normal in Kesh on Monday as shops reopened and "
        "volunteers cleared the damage left by rioters.",
        "\u201cWe are grateful to the police. Now we want to work in "
        "peace,\u201d said shop owner Vera Lind.",
        "The government announced that the price of diesel would be cut "
        "by ten per cent for farmers and truck drivers.",
    ], ["Kesh", "fuel"])
art("vtr", "ru", "reforma-tsen", "2025-03-08T09:30:00+03:00",
    "Правительство разъяснило реформу цен на топливо", ["Ольга Дёмина"], [
        "Кабинет министров в субботу объяснил причины перехода к новым "
        "ценам на топливо, которые вступают в силу в понедельник. "
        "Средства, которые уходили на субсидии, будут направлены на "
        "школы и больницы.",
        "«Старые цены помогали контрабандистам больше, чем семьям», — "
        "заявила официальный представитель правительства Ирина Вальт.",
        "По оценке Государственного института планирования, инфляция "
        "останется ниже шести процентов.",
    ], ["экономика", "топливо"])
art("vtr", "ru", "obrashchenie-prezidenta", "2025-03-12T20:45:00+03:00",
    "Президент Мерек: беспорядки организованы из-за рубежа",
    ["Сергей Лам"], [
        "Президент Алдан Мерек в среду назвал беспорядки в Дровне и Кеше "
        "попыткой цветной революции, организованной из-за рубежа.",
        "«Это не рабочие, которые спрашивают о ценах. Это обученные "
        "провокаторы, которым платят иностранные фонды», — заявил Мерек "
        "в телеобращении к нации.",
        "Президент поблагодарил полицию за выдержку и пообещал повысить "
        "пенсии в апреле.",
    ], ["политика", "безопасность"])
art("vtr", "ru", "mirotvortsy-pribyli", "2025-03-14T07:30:00+03:00",
    "Миротворцы Пакта Северного согласия прибыли в Дровну",
    ["Ольга Дёмина"], [
        "Первые подразделения Пакта Северного согласия в пятницу утром "
        "приземлились в аэропорту Дровны по просьбе президента.",
        "Миротворцы будут охранять электростанции, аэропорт и "
        "государственные здания и не будут участвовать в охране "
        "порядка, сообщило Министерство обороны.",
        "«Союзники ответили за считанные часы. Вот что значит "
        "коллективная безопасность», — сказал министр обороны Арман "
        "Тулей.",
    ], ["безопасность", "ПСС"])
art("vtr", "ru", "poryadok-v-keshe", "2025-03-17T18:10:00+03:00",
    "В Кеше восстановлен порядок", ["Сергей Лам"], [
        "В понедельник в Кеше открылись магазины, а добровольцы убрали "
        "последствия погромов.",
        "«Мы благодарны полиции. Теперь мы хотим спокойно работать», — "
        "сказала владелица магазина Вера Линд.",
        "Правительство объявило о снижении цены на дизельное топливо на "
        "десять процентов для фермеров и водителей грузовиков.",
    ], ["Кеш", "топливо"])

# --- Drovna Free Press (independent) -------------------------------------
art("dfp", "en", "thousands-protest-fuel-prices", "2025-03-10T14:20:00+02:00",
    "Thousands march in Drovna against fuel price rise",
    ["Anna Kirs", "Ruslan Beck"], [
        "Thousands of people marched through the centre of Drovna on "
        "Monday, the first day of the new fuel prices, chanting "
        "\u201cBread, not bullets\u201d and \u201cMerek, resign\u201d.",
        "\u201cI drive a taxi. Yesterday a full tank cost me a day of work, "
        "today it costs two,\u201d said Marat Sein, one of the organisers. "
        "\u201cNobody asked us.\u201d",
        "Police blocked the road to the presidential palace but did not "
        "intervene. Similar marches were reported in Kesh and in the port "
        "city of Ulvar.",
    ], ["protests", "fuel"], gz=True)
art("dfp", "en", "internet-shutdown", "2025-03-11T22:05:00+02:00",
    "Internet cut across Veskaria as protests spread",
    ["Ruslan Beck"], [
        "Mobile internet and most home connections went dark across "
        "Veskaria on Tuesday evening, hours after protesters in Kesh "
        "set fire to the regional administration building.",
        "Messages from the Telegram channels Drovna Live and Kesh "
        "Today, which have more than 400,000 subscribers, kept reaching "
        "readers through proxies and satellite links.",
        "\u201cThey switched off the country so nobody would see what "
        "happens tonight,\u201d a volunteer who runs Drovna Live told the "
        "Drovna Free Press, asking not to be named.",
    ], ["internet", "Telegram"])
art("dfp", "en", "foreign-troops-question", "2025-03-14T11:40:00+02:00",
    "Why did Merek call in foreign troops?", ["Anna Kirs"], [
        "For the first time in its history, the Northern Concord Security "
        "Pact has sent soldiers to put down unrest in a member state. "
        "The official version speaks of guarding strategic sites.",
        "\u201cA government that trusts its own army does not need 2,500 "
        "foreign soldiers in the capital,\u201d political analyst Timur "
        "Aksel said. \u201cThis is about the loyalty of the security "
        "services, not about power stations.\u201d",
        "The president's office did not answer questions sent by the "
        "Drovna Free Press.",
    ], ["analysis", "Concord"])
art("dfp", "en", "detainees-describe-beatings", "2025-03-16T09:00:00+02:00",
    "Released detainees describe beatings in Drovna police stations",
    ["Anna Kirs", "Ruslan Beck"], [
        "Seven people released from police custody on Saturday told the "
        "Drovna Free Press that they had been beaten and held without "
        "water for a day.",
        "\u201cThey made us kneel in the yard all night and asked who paid "
        "us,\u201d said a 19-year-old student who showed bruises on his "
        "back.",
        "The Interior Ministry called the accounts fabrications. Rights "
        "groups say more than 3,000 people have been detained since "
        "March 10.",
    ], ["human rights", "police"], gz=True)
art("dfp", "ru", "tysyachi-vyshli", "2025-03-10T14:30:00+02:00",
    "Тысячи человек вышли на марш против роста цен на топливо",
    ["Анна Кирс", "Руслан Бек"], [
        "В понедельник, в первый день действия новых цен на топливо, "
        "тысячи человек прошли маршем через центр Дровны с лозунгами "
        "«Хлеба, а не пуль» и «Мерек, в отставку».",
        "«Я таксист. Вчера полный бак стоил мне дня работы, сегодня — "
        "двух», — рассказал Марат Сеин, один из организаторов. — «Нас "
        "никто не спросил».",
        "Полиция перекрыла дорогу к президентскому дворцу, но не "
        "вмешивалась. Похожие марши прошли в Кеше и в портовом городе "
        "Ульвар.",
    ], ["протесты", "топливо"])
art("dfp", "ru", "otklyuchenie-interneta", "2025-03-11T22:15:00+02:00",
    "В Вескарии отключили интернет", ["Руслан Бек"], [
        "Во вторник вечером по всей Вескарии пропал мобильный интернет и "
        "большая часть домашних подключений.",
        "Telegram-каналы «Дровна Live» и «Кеш сегодня», у которых больше "
        "400 тысяч подписчиков, продолжали публиковать сообщения через "
        "прокси и спутниковую связь.",
        "«Они выключили страну, чтобы никто не увидел, что будет этой "
        "ночью», — сказал волонтёр, который ведёт канал «Дровна Live».",
    ], ["интернет", "Telegram"])
art("dfp", "ru", "zaderzhannye-rasskazyvayut", "2025-03-16T09:10:00+02:00",
    "Освобождённые задержанные рассказали об избиениях",
    ["Анна Кирс"], [
        "Семь человек, освобождённых в субботу из-под стражи, рассказали "
        "изданию, что их избивали и сутки не давали воды.",
        "«Нас всю ночь держали на коленях во дворе и спрашивали, кто нам "
        "заплатил», — рассказал 19-летний студент.",
        "МВД назвало эти рассказы выдумкой. По данным правозащитников, с "
        "10 марта задержаны более трёх тысяч человек.",
    ], ["права человека", "полиция"])
art("dfp", "ru", "ustupki-vlastei", "2025-03-17T20:00:00+02:00",
    "Власти пошли на уступки, но протестующие не верят",
    ["Руслан Бек"], [
        "Правительство снизило цену на дизельное топливо на десять "
        "процентов, однако бензин по-прежнему стоит на сорок процентов "
        "дороже, чем неделю назад.",
        "«Это подачка. Пока не отпустят задержанных, разговаривать не о "
        "чем», — заявил Марат Сеин.",
        "Интернет в Дровне частично восстановлен, в Кеше связи нет до сих "
        "пор.",
    ], ["протесты", "топливо"])

# --- Kestrel Wire (international news agency) ----------------------------
KW = dict(gz=True)
art("kw", "en", "veskaria-fuel-protests-spread", "2025-03-10T16:45:00Z",
    "Fuel price protests spread across Veskaria", ["Daniel Ortmann"], [
        "DROVNA, March 10 (Kestrel Wire) - Protests against a sharp rise "
        "in fuel prices spread to at least four Veskarian cities on "
        "Monday, in the biggest challenge to President Aldan Merek's "
        "rule in a decade.",
        "The government raised petrol and diesel prices by about 40% on "
        "Monday after ending subsidies, a step urged by foreign lenders.",
        "\u201cPeople here live from one payday to the next,\u201d said "
        "Marat Sein, a taxi driver who helped organise the Drovna march.",
        "(Reporting by Daniel Ortmann; Editing by Claire Voss)",
    ], ["Veskaria", "protests"], **KW)
art("kw", "en", "veskaria-internet-blackout", "2025-03-12T06:10:00Z",
    "Veskaria imposes nationwide internet blackout", ["Daniel Ortmann"], [
        "DROVNA, March 12 (Kestrel Wire) - Veskaria cut internet access "
        "nationwide late on Tuesday, monitoring group NetPulse said, as "
        "authorities struggled to contain protests.",
        "Connectivity fell to about 5% of normal levels, NetPulse said. "
        "The government did not comment.",
        "Telegram channels run by activists abroad became the main source "
        "of information, posting videos of clashes in Kesh.",
        "(Reporting by Daniel Ortmann; Editing by Claire Voss)",
    ], ["Veskaria", "internet"], **KW)
art("kw", "en", "concord-pact-troops", "2025-03-13T19:30:00Z",
    "Security pact to send troops to Veskaria at Merek's request",
    ["Daniel Ortmann", "Mira Holt"], [
        "DROVNA/ASTRELL, March 13 (Kestrel Wire) - The Northern Concord "
        "Security Pact will send about 2,500 troops to Veskaria, its "
        "secretary-general said on Thursday.",
        "\u201cThe contingent is limited in time and in its tasks,\u201d "
        "Viktor Galanin told reporters in Astrell. He said the troops "
        "would stay no longer than the government needed them.",
        "A Western diplomat in Drovna said the deployment \u201csends a "
        "message to the Veskarian army as much as to the protesters.\u201d",
        "(Reporting by Daniel Ortmann and Mira Holt; Editing by Claire "
        "Voss)",
    ], ["Veskaria", "Concord", "military"], **KW)
art("kw", "en", "death-toll-disputed", "2025-03-15T12:00:00Z",
    "Death toll in Veskaria unrest disputed as detentions mount",
    ["Mira Holt"], [
        "DROVNA, March 15 (Kestrel Wire) - Veskaria's Interior Ministry "
        "said on Saturday that four people had died in the unrest, "
        "including two police officers. Rights groups put the toll at "
        "12 or more.",
        "\u201cWe have the names of twelve dead civilians and we are "
        "checking reports of others,\u201d said Nadia Brel of Open "
        "Steppe Rights Watch.",
        "Interior Minister Dmitri Oskal said 3,114 people had been "
        "detained, most of whom would be released after questioning.",
        "(Reporting by Mira Holt; Editing by Claire Voss)",
    ], ["Veskaria", "human rights"], **KW)
art("kw", "en", "merek-cuts-diesel-price", "2025-03-17T14:20:00Z",
    "Veskaria cuts diesel price in partial retreat", ["Daniel Ortmann"], [
        "DROVNA, March 17 (Kestrel Wire) - Veskaria's government cut the "
        "price of diesel by 10% on Monday, a partial reversal of the "
        "fuel reform that set off a week of unrest.",
        "Petrol prices were left unchanged. Internet access was partly "
        "restored in the capital, NetPulse said.",
        "\u201cThe government has bought time, not peace,\u201d said Timur "
        "Aksel, a Drovna-based political analyst.",
        "(Reporting by Daniel Ortmann; Editing by Claire Voss)",
    ], ["Veskaria", "economy"], **KW)
art("kw", "en", "concord-withdrawal-begins", "2025-03-20T10:05:00Z",
    "Concord troops begin leaving Veskaria", ["Mira Holt"], [
        "DROVNA, March 20 (Kestrel Wire) - The first Northern Concord "
        "Security Pact units left Veskaria on Thursday, the pact said, a "
        "week after they arrived.",
        "\u201cThe mission has been accomplished,\u201d Viktor Galanin said "
        "in a statement.",
        "Opposition activists said hundreds of protesters remained in "
        "custody.",
        "(Reporting by Mira Holt; Editing by Claire Voss)",
    ], ["Veskaria", "Concord"], **KW)
art("kw", "en", "factbox-veskaria", "2025-03-14T09:00:00Z",
    "FACTBOX - Veskaria's week of unrest", ["Claire Voss"], [
        "March 8 - Government announces the end of fuel subsidies; prices "
        "to rise by about 40% from March 10.",
        "March 10 - Marches in Drovna, Kesh, Ulvar and Tarsk.",
        "March 11 - Regional administration in Kesh set on fire; "
        "nationwide internet shutdown.",
        "March 12 - President Merek blames a foreign-backed \u201ccolour "
        "revolution\u201d.",
        "March 13 - Northern Concord Security Pact agrees to send about "
        "2,500 troops.",
        "(Compiled by Claire Voss)",
    ], ["Veskaria", "factbox"], **KW)

# --- Open Steppe Rights Watch (rights NGO) -------------------------------
art("osrw", "en", "veskaria-stop-crackdown", "2025-03-13T10:00:00Z",
    "Veskaria: Stop the crackdown on peaceful protesters",
    ["Nadia Brel"], [
        "Veskarian authorities should immediately release everyone "
        "detained for peacefully protesting fuel price rises and restore "
        "internet access, Open Steppe Rights Watch said today.",
        "Witnesses in Kesh described police firing rubber bullets at close "
        "range into crowds on March 11. Open Steppe Rights Watch verified "
        "eleven videos showing police beating people who posed no threat.",
        "\u201cCalling hungry people foreign agents does not make beating "
        "them lawful,\u201d said Nadia Brel, Central Asia director at Open "
        "Steppe Rights Watch.",
    ], ["Veskaria", "freedom of assembly"])
art("osrw", "en", "veskaria-shutdown", "2025-03-15T10:00:00Z",
    "Veskaria: Internet shutdown hides abuses", ["Nadia Brel", "Jonas Ekl"], [
        "The nationwide internet shutdown imposed in Veskaria on March 11 "
        "is a disproportionate restriction that prevents people from "
        "seeking help and documenting abuses, Open Steppe Rights Watch "
        "said today.",
        "Families told Open Steppe Rights Watch that they could not find "
        "out for days whether detained relatives were alive.",
        "\u201cThe shutdown is not a security measure. It is a blindfold "
        "put on a whole country,\u201d said Jonas Ekl, digital rights "
        "researcher.",
    ], ["Veskaria", "internet freedom"])
art("osrw", "en", "foreign-troops-accountability", "2025-03-18T10:00:00Z",
    "Veskaria: Foreign troops must not be used against protesters",
    ["Nadia Brel"], [
        "Members of the Northern Concord Security Pact deployed in "
        "Veskaria share responsibility for any abuses committed with "
        "their support, Open Steppe Rights Watch said today.",
        "The organisation documented the presence of armoured vehicles "
        "with Concord markings near a detention centre in Drovna on "
        "March 15.",
        "\u201cThe pact says its soldiers only guard buildings. It should "
        "prove it by allowing independent monitors in,\u201d Brel said.",
    ], ["Veskaria", "Concord"])
art("osrw", "ru", "prekratit-repressii", "2025-03-13T10:00:00Z",
    "Вескария: прекратить преследование мирных протестующих",
    ["Надя Брель"], [
        "Власти Вескарии должны немедленно освободить всех, кто был "
        "задержан за мирный протест против роста цен на топливо, и "
        "восстановить доступ к интернету, заявила организация «Открытая "
        "степь — наблюдение за правами».",
        "Свидетели в Кеше рассказали, что 11 марта полиция стреляла "
        "резиновыми пулями в толпу с близкого расстояния.",
        "«Если назвать голодных людей иностранными агентами, избиение не "
        "станет законным», — заявила Надя Брель, директор организации по "
        "Центральной Азии.",
    ], ["Вескария", "свобода собраний"])
art("osrw", "ru", "otklyuchenie-skryvaet", "2025-03-15T10:00:00Z",
    "Вескария: отключение интернета скрывает нарушения",
    ["Надя Брель", "Йонас Экль"], [
        "Отключение интернета по всей стране, введённое в Вескарии 11 "
        "марта, является несоразмерным ограничением, заявила организация.",
        "Родственники задержанных рассказали, что несколько дней не могли "
        "узнать, живы ли их близкие.",
        "«Отключение — это не мера безопасности. Это повязка на глазах "
        "целой страны», — сказал исследователь цифровых прав Йонас Экль.",
    ], ["Вескария", "интернет"])

# --- Vostok Vestnik (regional, windows-1251, no charset declaration) -----
art("vv", "ru", "kesh-miting", "2025-03-10T18:00:00+03:00",
    "В Кеше прошёл многотысячный митинг", ["Игорь Лесков"], [
        "В понедельник на центральной площади Кеша собрались несколько "
        "тысяч человек. Люди требовали вернуть прежние цены на бензин и "
        "дизельное топливо.",
        "«У нас в районе работа только на нефтепромысле, до него сорок "
        "километров. Теперь дорога съедает половину зарплаты», — сказал "
        "оператор буровой установки Болат Нуров.",
        "Аким области вышел к собравшимся, но его освистали.",
    ], ["Кеш", "митинг"])
art("vv", "ru", "pozhar-v-akimate", "2025-03-11T21:00:00+03:00",
    "Здание областной администрации в Кеше подожгли",
    ["Игорь Лесков"], [
        "Вечером во вторник неизвестные подожгли здание областной "
        "администрации. Пожар потушили через три часа.",
        "По словам очевидцев, до поджога у здания собрались молодые люди "
        "в масках, которых раньше на митингах никто не видел.",
        "«Это были не наши. Наши стояли на площади с детьми», — сказала "
        "учительница Гульнара Сейт.",
    ], ["Кеш", "пожар"])
art("vv", "ru", "bez-svyazi", "2025-03-13T12:00:00+03:00",
    "Кеш третий день без связи", ["Марина Кольт"], [
        "В Кеше третий день не работают мобильный интернет и банковские "
        "терминалы. Очереди у банкоматов растут.",
        "Новости жители узнают из Telegram-каналов, которые друзья и "
        "родственники пересказывают по телефону.",
        "«Мы как на острове. Никто не знает, сколько людей забрали», — "
        "сказал пенсионер Арсен Тау.",
    ], ["Кеш", "связь"])
art("vv", "ru", "voennye-na-ulitsakh", "2025-03-15T10:00:00+03:00",
    "На улицах Кеша появились иностранные военные",
    ["Игорь Лесков"], [
        "В субботу утром у нефтеперерабатывающего завода и у вокзала "
        "появились бронемашины с эмблемой Пакта Северного согласия.",
        "Военные с местными жителями не разговаривают. Полиция говорит, "
        "что они только охраняют объекты.",
        "«Я сорок лет здесь живу, такого не видел никогда», — признался "
        "водитель автобуса Ерлан Мусин.",
    ], ["Кеш", "ПСС"])
art("vv", "ru", "rodstvenniki-ishchut", "2025-03-16T14:00:00+03:00",
    "Родственники задержанных ищут близких", ["Марина Кольт"], [
        "У здания городского отдела полиции с утра стоят десятки людей со "
        "списками фамилий.",
        "«Сына забрали в среду у подъезда. Нам никто ничего не говорит», "
        "— рассказала Сауле Ким.",
        "В полиции пообещали опубликовать списки задержанных в "
        "понедельник.",
    ], ["Кеш", "задержания"])
art("vv", "ru", "tseny-snizili", "2025-03-17T16:00:00+03:00",
    "Цены на дизель снизили, на бензин — нет", ["Игорь Лесков"], [
        "С понедельника литр дизельного топлива на заправках Кеша стоит "
        "на десять процентов меньше. Цена бензина не изменилась.",
        "«Фермерам станет немного легче, а таксистам и всем остальным — "
        "нет», — считает экономист Тимур Аксель.",
        "Связь в городе пока не восстановлена.",
    ], ["Кеш", "топливо"])

# --- Concord Today (the pact's state broadcaster abroad) ------------------
art("ct", "ru", "kontingent-napravlen", "2025-03-13T21:00:00+03:00",
    "ПСС направит миротворческий контингент в Вескарию",
    ["Павел Грин"], [
        "Совет коллективной безопасности Пакта Северного согласия в "
        "четверг одобрил просьбу президента Вескарии о помощи.",
        "«Мы не допустим, чтобы внешние силы раскачивали ситуацию в "
        "союзной стране», — заявил генеральный секретарь ПСС Виктор "
        "Галанин.",
        "По его словам, контингент численностью около 2500 военнослужащих "
        "будет охранять стратегические объекты.",
    ], ["ПСС", "Вескария"])
art("ct", "ru", "sled-tsvetnoi-revolyutsii", "2025-03-14T19:00:00+03:00",
    "Эксперты: в событиях в Вескарии виден почерк цветных революций",
    ["Ирина Сокол"], [
        "Скоординированные действия протестующих в нескольких городах "
        "Вескарии указывают на внешнее управление, считают опрошенные "
        "эксперты.",
        "«Одинаковые лозунги, одинаковые плакаты, Telegram-каналы, "
        "которые ведутся из-за границы, — это классическая схема», — "
        "сказал политолог Андрей Ветров.",
        "Западные фонды свою причастность отрицают.",
    ], ["Вескария", "цветные революции"])
art("ct", "ru", "missiya-vypolnena", "2025-03-20T12:00:00+03:00",
    "Галанин: миссия ПСС в Вескарии выполнена", ["Павел Грин"], [
        "Подразделения Пакта Северного согласия начали возвращаться в "
        "пункты постоянной дислокации.",
        "«Миссия выполнена. Стабильность восстановлена, ни один "
        "миротворец не применял оружие», — заявил Виктор Галанин.",
        "Президент Мерек поблагодарил союзников за быструю помощь.",
    ], ["ПСС", "Вескария"])
art("ct", "en", "concord-approves-mission", "2025-03-13T21:30:00+03:00",
    "Concord pact approves peacekeeping mission to Veskaria",
    ["Pavel Grin"], [
        "The Collective Security Council of the Northern Concord Security "
        "Pact on Thursday approved Veskaria's request for help.",
        "\u201cWe will not allow outside forces to destabilise an allied "
        "country,\u201d Secretary-General Viktor Galanin said.",
        "About 2,500 service members will protect strategic facilities, "
        "he said.",
    ], ["Concord", "Veskaria"])
art("ct", "en", "western-funds-behind-unrest", "2025-03-15T18:00:00+03:00",
    "Experts see foreign hand behind Veskaria unrest", ["Irina Sokol"], [
        "The coordinated actions of protesters in several Veskarian "
        "cities point to outside direction, experts interviewed by "
        "Concord Today said.",
        "\u201cIdentical slogans, identical placards and Telegram channels "
        "run from abroad: this is the classic scheme,\u201d political "
        "scientist Andrei Vetrov said.",
        "Western foundations have denied any involvement.",
    ], ["Veskaria", "colour revolutions"])

# --- NewsDigest (aggregator, republishes with a credit line) --------------
art("nd", "en", "48213", "2025-03-13T20:02:00Z",
    "Security pact to send troops to Veskaria at Merek's request",
    [], by_slug("concord-pact-troops")[:3], ["world"], credit="\u00a9 Kestrel Wire",
    fname="story-48213.htm", ext_id=48213)
art("nd", "en", "48377", "2025-03-15T12:30:00Z",
    "Death toll in Veskaria unrest disputed as detentions mount",
    [], by_slug("death-toll-disputed")[:3], ["world"], credit="\u00a9 Kestrel Wire 2025",
    fname="story-48377", ext_id=48377)
art("nd", "ru", "48120", "2025-03-11T22:40:00Z",
    "В Вескарии отключили интернет", [], by_slug("otklyuchenie-interneta"),
    ["мир"], credit="Источник: Drovna Free Press", fname="story-48120.html",
    ext_id=48120, gz=True)
art("nd", "en", "48290", "2025-03-14T12:00:00Z",
    "Why did Merek call in foreign troops?", [], by_slug("foreign-troops-question"),
    ["world"], credit="Originally published by Drovna Free Press",
    fname="story-48290.html", ext_id=48290)
