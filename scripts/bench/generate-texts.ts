/**
 * Word material for the benchmark's generated entries: kinds of offices with their search words
 * in four languages, and everyday sentences about a service. None of it is shipped or shown.
 */

/** A kind of office: German name part, category id, and what people call it in each language. */
export interface OfficeKind {
  readonly de: string;
  readonly category: string;
  readonly uk: string;
  readonly ar: string;
  readonly fa: string;
  readonly keywords: readonly string[];
}

/** Kinds of offices as they occur in a district directory. */
export const OFFICES: readonly OfficeKind[] = [
  { de: 'Jobcenter', category: 'arbeit', uk: 'Центр зайнятості', ar: 'مركز العمل', fa: 'جاب‌سنتر', keywords: ['job center', 'джобцентр', 'جاب سنتر', 'مرکز کار'] },
  { de: 'Agentur für Arbeit', category: 'arbeit', uk: 'Агентство з праці', ar: 'وكالة العمل', fa: 'اداره کار', keywords: ['Arbeitsagentur', 'біржа праці'] },
  { de: 'Berufsberatung', category: 'arbeit', uk: 'Профорієнтація', ar: 'التوجيه المهني', fa: 'مشوره مسلکی', keywords: ['Ausbildung', 'навчання професії', 'تدريب مهني'] },
  { de: 'Kinderarztpraxis', category: 'gesundheit', uk: 'Дитячий лікар', ar: 'طبيب أطفال', fa: 'داکتر اطفال', keywords: ['Kinderarzt', 'педіатр'] },
  { de: 'Hausarztpraxis', category: 'gesundheit', uk: 'Сімейний лікар', ar: 'طبيب عام', fa: 'داکتر عمومی', keywords: ['Hausarzt', 'лікар'] },
  { de: 'Zahnarztpraxis', category: 'gesundheit', uk: 'Стоматолог', ar: 'طبيب أسنان', fa: 'داکتر دندان', keywords: ['Zahnarzt'] },
  { de: 'Apotheke', category: 'gesundheit', uk: 'Аптека', ar: 'صيدلية', fa: 'دواخانه', keywords: ['Medikamente', 'ліки', 'دواء'] },
  { de: 'Volkshochschule', category: 'bildung', uk: 'Народна вища школа', ar: 'الجامعة الشعبية', fa: 'مکتب عالی مردمی', keywords: ['Deutschkurs', 'курси німецької', 'دورة لغة', 'کورس زبان'] },
  { de: 'Sprachcafé', category: 'bildung', uk: 'Мовне кафе', ar: 'مقهى اللغة', fa: 'کافه زبان', keywords: ['Deutsch lernen', 'вивчати німецьку', 'تعلم الألمانية'] },
  { de: 'Grundschule', category: 'bildung', uk: 'Початкова школа', ar: 'مدرسة ابتدائية', fa: 'مکتب ابتدائیه', keywords: ['Schule', 'школа', 'مدرسة', 'مکتب'] },
  { de: 'Kindertagesstätte', category: 'bildung', uk: 'Дитячий садок', ar: 'روضة أطفال', fa: 'کودکستان', keywords: ['Kita', 'садочок'] },
  { de: 'Migrationsberatung', category: 'beratung', uk: 'Консультація для мігрантів', ar: 'استشارة المهاجرين', fa: 'مشوره مهاجرین', keywords: ['Beratung', 'консультація', 'استشارة', 'مشوره'] },
  { de: 'Schuldnerberatung', category: 'beratung', uk: 'Консультація щодо боргів', ar: 'استشارة الديون', fa: 'مشوره قرض', keywords: ['Schulden', 'борги', 'ديون'] },
  { de: 'Frauenberatungsstelle', category: 'beratung', uk: 'Консультація для жінок', ar: 'استشارة النساء', fa: 'مشوره زنان', keywords: ['Frauen', 'жінки', 'نساء', 'زنان'] },
  { de: 'Tafel', category: 'alltag', uk: 'Продуктовий банк', ar: 'بنك الطعام', fa: 'بانک غذا', keywords: ['Lebensmittel', 'продукти', 'طعام', 'غذا'] },
  { de: 'Kleiderkammer', category: 'alltag', uk: 'Безкоштовний одяг', ar: 'ملابس مجانية', fa: 'لباس رایگان', keywords: ['Kleidung', 'одяг', 'ملابس', 'لباس'] },
  { de: 'Wohnungsamt', category: 'wohnen', uk: 'Житловий відділ', ar: 'مكتب السكن', fa: 'اداره مسکن', keywords: ['Wohnung', 'житло', 'سكن', 'خانه'] },
  { de: 'Bürgerbüro', category: 'rathaus', uk: 'Бюро для громадян', ar: 'مكتب المواطنين', fa: 'دفتر شهروندان', keywords: ['Anmeldung', 'реєстрація', 'تسجيل', 'ثبت نام'] },
  { de: 'Standesamt', category: 'rathaus', uk: 'РАЦС', ar: 'مكتب الأحوال المدنية', fa: 'اداره احوال', keywords: ['Geburtsurkunde', 'свідоцтво', 'شهادة ميلاد'] },
  { de: 'Ausländerbehörde', category: 'aufenthalt', uk: 'Відомство у справах іноземців', ar: 'دائرة الأجانب', fa: 'اداره خارجی‌ها', keywords: ['Aufenthalt', 'посвідка', 'إقامة', 'اقامت'] },
  { de: 'Integrationslotsen', category: 'ehrenamt', uk: 'Волонтери-провідники', ar: 'مرشدو الاندماج', fa: 'رهنماهای ادغام', keywords: ['Ehrenamt', 'волонтери', 'متطوعون', 'رضاکار'] },
  { de: 'Sportverein', category: 'ehrenamt', uk: 'Спортивний клуб', ar: 'نادي رياضي', fa: 'باشگاه ورزشی', keywords: ['Sport', 'спорт', 'رياضة', 'ورزش'] },
];

/** German first parts of compound office names ("Familien" in "Familienzentrum"). */
export const COMPOUND_HEADS = ['Familien', 'Kinder', 'Jugend', 'Frauen', 'Senioren', 'Sprach', 'Integrations', 'Sozial', 'Lern', 'Bildungs', 'Gesundheits', 'Nachbarschafts', 'Stadtteil', 'Berufs', 'Kultur'];
/** German last parts of compound office names ("zentrum", "treff"). */
export const COMPOUND_TAILS = ['beratung', 'zentrum', 'treff', 'hilfe', 'büro', 'café', 'werkstatt', 'laden', 'verein', 'dienst', 'haus', 'gruppe', 'netz'];

/** First parts of place-like names ("Oberbachweg"), so the vocabulary grows with the directory as real street names do. */
export const PLACE_A = ['Ober', 'Unter', 'Nieder', 'Alten', 'Neuen', 'Hohen', 'Kleinen', 'Großen', 'Roten', 'Grünen', 'Hinter', 'Vorder', 'Mittel', 'Sonnen', 'Linden', 'Eichen'];
/** Middle parts of place-like names. */
export const PLACE_B = ['hone', 'bach', 'feld', 'berg', 'rode', 'hausen', 'dorf', 'au', 'tal', 'heim', 'wiese', 'mühle', 'grund', 'born', 'stein', 'hof', 'brunn', 'wald', 'holz', 'kamp'];
/** Last parts of place-like names (often none). */
export const PLACE_C = ['weg', 'straße', 'platz', 'gasse', 'ring', 'allee', 'anger', 'markt', ''];

/** Everyday sentences about a service, the same twelve in each language. */
export const SENTENCES: Readonly<Record<'de' | 'uk' | 'ar' | 'fa', readonly string[]>> = {
  de: [
    'Wir beraten Sie kostenlos und vertraulich.', 'Bitte bringen Sie Ihren Ausweis und wichtige Briefe mit.',
    'Termine bekommen Sie am Telefon oder vor Ort.', 'Sie können ohne Termin in die offene Sprechstunde kommen.',
    'Wir sprechen Deutsch und Englisch, manchmal auch andere Sprachen.', 'Das Angebot ist für alle Menschen im Landkreis.',
    'Kinder können mitkommen.', 'Der Eingang ist im Erdgeschoss.', 'Wir helfen beim Ausfüllen von Formularen und Anträgen.',
    'Sie finden uns in der Nähe vom Bahnhof.', 'Wir arbeiten mit anderen Stellen im Kreis zusammen.', 'Bei Notfällen rufen Sie bitte 112 an.',
  ],
  uk: [
    'Ми консультуємо безкоштовно і конфіденційно.', 'Будь ласка, візьміть із собою документ і важливі листи.',
    'Записатися можна телефоном або на місці.', 'Можна прийти без запису в години прийому.',
    'Ми говоримо німецькою та англійською, іноді й іншими мовами.', 'Послуга для всіх людей у районі.',
    'Діти можуть прийти з вами.', 'Вхід на першому поверсі.', 'Ми допомагаємо заповнювати форми і заяви.',
    'Ми знаходимося біля вокзалу.', "Ми працюємо разом з іншими службами району.", 'У надзвичайній ситуації телефонуйте 112.',
  ],
  ar: [
    'نقدم الاستشارة مجاناً وبسرية.', 'من فضلك أحضر بطاقة الهوية والرسائل المهمة.',
    'يمكنك حجز موعد بالهاتف أو في المكتب.', 'يمكنك القدوم بدون موعد في ساعات الاستقبال.',
    'نتحدث الألمانية والإنجليزية، وأحياناً لغات أخرى.', 'الخدمة لكل الناس في المقاطعة.',
    'يمكن للأطفال أن يأتوا معك.', 'المدخل في الطابق الأرضي.', 'نساعدك في ملء الاستمارات والطلبات.',
    'نحن قريبون من محطة القطار.', 'نعمل مع مكاتب أخرى في المقاطعة.', 'في حالة الطوارئ اتصل بالرقم 112.',
  ],
  fa: [
    'ما به شما رایگان و محرمانه مشوره می‌دهیم.', 'لطفاً تذکره و نامه‌های مهم خود را با خود بیاورید.',
    'وقت ملاقات را با تیلفون یا در دفتر گرفته می‌توانید.', 'در ساعات ملاقات بدون وقت قبلی هم آمده می‌توانید.',
    'ما به زبان آلمانی و انگلیسی، گاهی به زبان‌های دیگر هم گپ می‌زنیم.', 'این خدمت برای همه مردم ولسوالی است.',
    'اطفال می‌توانند با شما بیایند.', 'دروازه ورودی در منزل پایین است.', 'ما در پر کردن فورمه‌ها و درخواست‌ها کمک می‌کنیم.',
    'ما نزدیک ایستگاه ریل هستیم.', 'ما با دفترهای دیگر ولسوالی همکاری می‌کنیم.', 'در حالت عاجل به شماره ۱۱۲ زنگ بزنید.',
  ],
};
