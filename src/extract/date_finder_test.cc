#include "extract/date_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <utility>

#include "extract/date_rules.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/manifest.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

// A Wednesday, in the week from Sunday 2023-03-12 (the rules' weeks start on
// Sunday), Sha'ban 1444.
constexpr CivilDate kAnchor{2023, 3, 15};

Extraction ExtractText(const std::string& text, std::optional<CivilDate> date) {
  Document document;
  document.id = "test";
  document.text = text;
  document.date = date;
  document.date_source = date ? DateSource::kOption : DateSource::kNone;
  return Extractor(testing::RepoRules()).Extract(document);
}

std::string ValueOf(const DateExpression& date) {
  if (date.kind == DateKind::kRange && !date.range_start.empty()) {
    return date.range_start + ".." + date.range_end;
  }
  return date.value.empty() ? "?" + date.unresolved : date.value;
}

// "text=value/granularity/kind" for every date, in text order.
std::string Summary(const std::string& text, std::optional<CivilDate> anchor = kAnchor) {
  std::string out;
  for (const DateExpression& date : ExtractText(text, anchor).dates) {
    if (!out.empty()) out += " | ";
    const std::string_view granularity =
        date.kind == DateKind::kVague ? "-" : GranularityName(date.granularity);
    out += date.text + "=" + ValueOf(date) + "/" + std::string(granularity) + "/" +
           std::string(DateKindName(date.kind));
  }
  return out;
}

struct Case {
  const char* sentence;
  const char* expected;  // Summary(); empty: no date at all
};

// Every form of the issue, in sentences written for this test, anchored at
// kAnchor.
const Case kCases[] = {
    // Day, month and year in the three naming systems.
    {"وصل الوفد في 10 يناير 2022 إلى العاصمة.", "10 يناير 2022=2022-01-10/day/absolute"},
    {"وقع الانفجار في ١٠ يناير ٢٠٢٢ صباحا.", "١٠ يناير ٢٠٢٢=2022-01-10/day/absolute"},
    {"وُلِدَ الشاعر فِي 5 أَبْرِيل 1990 في حلب.", "5 أَبْرِيل 1990=1990-04-05/day/absolute"},
    {"انتهت المهلة في 30 إبريل 2021.", "30 إبريل 2021=2021-04-30/day/absolute"},
    {"وفي 1 ابريل 2020 أعلنت الحكومة الإغلاق.", "1 ابريل 2020=2020-04-01/day/absolute"},
    {"عقد المؤتمر في 3 تشرين الأول 2019 في بيروت.", "3 تشرين الأول 2019=2019-10-03/day/absolute"},
    {"أجريت الانتخابات يوم 12 جوان 2021.", "12 جوان 2021=2021-06-12/day/absolute"},
    {"في 5 جويلية 1962 استقلت الجزائر.", "5 جويلية 1962=1962-07-05/day/absolute"},
    {"اندلعت الثورة في 20 أوت 1955.", "20 أوت 1955=1955-08-20/day/absolute"},
    {"منذ 22 فيفري 2019 خرج المتظاهرون.", "22 فيفري 2019=2019-02-22/day/absolute"},
    {"سقطت بغداد في 9 أفريل 2003.", "9 أفريل 2003=2003-04-09/day/absolute"},
    {"انتهت الحرب في 8 ماي 1945 في أوروبا.", "8 ماي 1945=1945-05-08/day/absolute"},
    {"في 14 جانفي 2011 غادر الرئيس البلاد.", "14 جانفي 2011=2011-01-14/day/absolute"},
    {"وصل يوم الأحد، 5 مارس 2023 إلى بيروت.", "يوم الأحد، 5 مارس 2023=2023-03-05/day/absolute"},
    {"صدر البيان ١٠/١/٢٠٢٢ في العاصمة.", "١٠/١/٢٠٢٢=2022-01-10/day/absolute"},
    {"صدر القرار في 19 / 07 / 2015 رسميا.", "19 / 07 / 2015=2015-07-19/day/absolute"},
    {"صدر البيان في 4-6-2015م في العاصمة.", "4-6-2015م=2015-06-04/day/absolute"},
    {"نشر يوم الأحد ١٢ مارس ٢٠٢٣ في الصحف.", "يوم الأحد ١٢ مارس ٢٠٢٣=2023-03-12/day/absolute"},
    // Month and year.
    {"في يناير 2022 اندلعت الاحتجاجات.", "يناير 2022=2022-01/month/absolute"},
    {"تراجعت الأسعار في شباط 2020.", "شباط 2020=2020-02/month/absolute"},
    {"وفي أيلول 2001 وقعت الهجمات.", "أيلول 2001=2001-09/month/absolute"},
    {"في كانون الثاني/يناير 2022 تظاهر الآلاف.", "كانون الثاني/يناير 2022=2022-01/month/absolute"},
    {"في كانون الأول (ديسمبر) 2021 أعلن الحزب فوزه.",
     "كانون الأول (ديسمبر) 2021=2021-12/month/absolute"},
    // Day and month: the year of the anchor that brings them closest.
    {"تم نشر القوات في 6 كانون الثاني/يناير.", "6 كانون الثاني/يناير=2023-01-06/day/absolute"},
    {"يلتقي الوزيران في 20 مارس في جنيف.", "20 مارس=2023-03-20/day/absolute"},
    {"وقعت الحادثة في 28 ديسمبر قرب الحدود.", "28 ديسمبر=2022-12-28/day/absolute"},
    {"تبدأ المحادثات في مارس المقبل.", "مارس المقبل=2024-03/month/relative"},
    {"انسحبت القوات في يناير الماضي.", "يناير الماضي=2023-01/month/relative"},
    {"وصل الوفد في الخامس من مارس الحالي.", "الخامس من مارس الحالي=2023-03-05/day/relative"},
    {"وتجرى الانتخابات في 20 يوليو الجاري.", "20 يوليو الجاري=2023-07-20/day/relative"},
    // Weekdays: on or before the anchor, a Wednesday.
    {"قال الرئيس الخميس إن الوضع مستقر.", "الخميس=2023-03-09/day/relative"},
    {"والأحد أعلنت الحكومة استقالتها.", "الأحد=2023-03-12/day/relative"},
    {"وصل الوفد يوم الجمعة إلى الدوحة.", "يوم الجمعة=2023-03-10/day/relative"},
    {"أعلن الإثنين الحداد الوطني.", "الإثنين=2023-03-13/day/relative"},
    {"اجتمع المجلس الأربعاء في جلسة طارئة.", "الأربعاء=2023-03-15/day/relative"},
    {"اجتمع المجلس الأربعاء الماضي في جلسة طارئة.", "الأربعاء الماضي=2023-03-08/day/relative"},
    {"عاد السفير الثلاثاء الماضي إلى بلاده.", "الثلاثاء الماضي=2023-03-14/day/relative"},
    {"تنطلق القمة السبت المقبل في الرياض.", "السبت المقبل=2023-03-18/day/relative"},
    {"يصوت البرلمان الأربعاء القادم على الميزانية.", "الأربعاء القادم=2023-03-22/day/relative"},
    {"وصرح الوزير الخَمِيس بأن المفاوضات مستمرة.", "الخَمِيس=2023-03-09/day/relative"},
    {"وفي يوم الثلاثاء وقع الانفجار.", "يوم الثلاثاء=2023-03-14/day/relative"},
    // Years: cues, nouns, eras, bare plausible years.
    {"تسلم الرئاسة في 2019 تقريبا.", "2019=2019/year/absolute"},
    {"أقيمت البطولة عام 2016 في البرازيل.", "عام 2016=2016/year/absolute"},
    {"بني الجسر العام 1887 فوق النهر.", "العام 1887=1887/year/absolute"},
    {"ضمت روسيا القرم سنة 2014.", "سنة 2014=2014/year/absolute"},
    {"يحكم الحزب منذ 1991 دون انقطاع.", "1991=1991/year/absolute"},
    {"بقي في منصبه حتى 2019 ثم استقال.", "2019=2019/year/absolute"},
    {"تأسست المدينة سنة 2002م على الساحل.", "سنة 2002م=2002/year/absolute"},
    {"توفي الشيخ في 1443هـ بعد مرض.", "1443هـ=2022/year/absolute"},
    {"صدر الكتاب سنة 1441 هـ في مكة.", "سنة 1441 هـ=2020/year/absolute"},
    {"ولد الكاتب 1948 في القدس.", "1948=1948/year/absolute"},
    {"2019 كان عاما صعبا على الاقتصاد.", "2019=2019/year/absolute"},
    {"فتح المسلمون المدينة عام 622 بعد الهجرة.", "عام 622=0622/year/absolute"},
    {"وللعام 2020 أهمية خاصة.", "لعام 2020=2020/year/absolute"},
    {"في عام ٢٠٢٠ انتشر الوباء.", "عام ٢٠٢٠=2020/year/absolute"},
    // Hijri dates, converted with the Umm al-Qura calendar.
    {"أعلن القرار في 15 شعبان 1443هـ رسميا.", "15 شعبان 1443هـ=2022-03-18/day/absolute"},
    // In digits, a year of the Hijri span is Hijri, with هـ or without.
    {"صدر الأمر في 15/8/1443هـ رسميا.", "15/8/1443هـ=2022-03-18/day/absolute"},
    {"صدر الأمر في 15 / 8 / 1443 رسميا.", "15 / 8 / 1443=2022-03-18/day/absolute"},
    {"صدر الأمر في 1443/08/15هـ رسميا.", "1443/08/15هـ=2022-03-18/day/absolute"},
    {"صدر الأمر يوم الجمعة 15 / 8 / 1443هـ رسميا.",
     "يوم الجمعة 15 / 8 / 1443هـ=2022-03-18/day/absolute"},
    {"تبدأ العطلة في رمضان 1444 كالعادة.", "رمضان 1444=2023-04/month/absolute"},
    {"أدى الحجاج المناسك في ذو الحجة 1443 هـ بسلام.", "ذو الحجة 1443 هـ=2022-07/month/absolute"},
    {"أحيا المسلمون ذكرى عاشوراء في 10 محرم.", "10 محرم=2023-07-28/day/absolute"},
    // Ranges.
    {"ترأس المصرف بين 2005 و2009 قبل أن يفر.", "بين 2005 و2009=2005..2009/year/range"},
    {"حكم البلاد من 1989 حتى 2019 بقبضة حديدية.", "من 1989 حتى 2019=1989..2019/year/range"},
    {"جمع القطع بين عام 1958 وعام 1976.", "بين عام 1958 وعام 1976=1958..1976/year/range"},
    {"وحكم من عام 2010 إلى عام 2014.", "من عام 2010 إلى عام 2014=2010..2014/year/range"},
    {"وتراجع بين العامين 2011 و2013.", "بين العامين 2011 و2013=2011..2013/year/range"},
    {"تستمر الزيارة من 5 إلى 7 يناير في باريس.",
     "من 5 إلى 7 يناير=2023-01-05..2023-01-07/day/range"},
    // The days listed before their month are days of it; a number that is
    // no smaller day before it is not.
    {"حددت اللجنة يومي 7 و14 أكتوبر 2022 موعدا.",
     "7=2022-10-07/day/absolute | 14 أكتوبر 2022=2022-10-14/day/absolute"},
    {"تقام المباراة في 22 أو 23 أغسطس 2022.",
     "22=2022-08-22/day/absolute | 23 أغسطس 2022=2022-08-23/day/absolute"},
    {"احتفلوا أيام 10 و 11 و12 يناير 2022.",
     "10=2022-01-10/day/absolute | 11=2022-01-11/day/absolute | "
     "12 يناير 2022=2022-01-12/day/absolute"},
    {"قتل 20 و5 يناير 2022.", "5 يناير 2022=2022-01-05/day/absolute"},
    // Without an opener, a day and a connector that is no list's join make a
    // range with the day of a month after them.
    {"حاز المهرجان (5 إلى 15 أغسطس 2022) جائزة.",
     "5 إلى 15 أغسطس 2022=2022-08-05..2022-08-15/day/range"},
    {"أقيم في الفترة ما بين 3 إلى 5 فبراير 2013.",
     "3 إلى 5 فبراير 2013=2013-02-03..2013-02-05/day/range"},
    {"في الفترة من 23 / 4 إلى 26 / 6 / 2022.", "26 / 6 / 2022=2022-06-26/day/absolute"},
    // The connector glued to the second date; the end takes the start's year.
    {"اندلعت الاشتباكات بين الأول والثالث من مارس في العاصمة.",
     "بين الأول والثالث من مارس=2023-03-01..2023-03-03/day/range"},
    {"ارتفعت الأسعار بين يناير ومارس 2021 بشدة.",
     "بين يناير ومارس 2021=2021-01..2021-03/month/range"},
    {"تراجعت الصادرات بين يونيو 2014 ويناير.", "بين يونيو 2014 ويناير=2014-06..2015-01/month/range"},
    {"اعتصموا من 21 يونيو 2013 حتى 14 أغسطس.",
     "من 21 يونيو 2013 حتى 14 أغسطس=2013-06-21..2013-08-14/day/range"},
    {"المسافة بين الأول والثاني كبيرة.", ""},
    {"وقع الاتفاق في 8 كانون أول 2015.", "8 كانون أول 2015=2015-12-08/day/absolute"},
    {"عقدت القمة في 19-20 نوفمبر 2022 في بالي.",
     "19-20 نوفمبر 2022=2022-11-19..2022-11-20/day/range"},
    {"قتل الملايين في الحرب العالمية الأولى 1914-1918.", "1914-1918=1914..1918/year/range"},
    {"أغلقت المدارس من 28 ديسمبر إلى 3 يناير 2022 بسبب الثلوج.",
     "من 28 ديسمبر إلى 3 يناير 2022=2021-12-28..2022-01-03/day/range"},
    {"عمل سفيرا بين عامي 2010 و2015 في موسكو.", "بين عامي 2010 و2015=2010..2015/year/range"},
    {"جرى الإحصاء من يناير إلى مارس 2022 في كل المحافظات.",
     "من يناير إلى مارس 2022=2022-01..2022-03/month/range"},
    // Decades and centuries.
    {"شغل منصب وزير الطاقة في التسعينيات.", "التسعينيات=199X/decade/absolute"},
    {"انتشرت الموضة في الثمانينات في أوروبا.", "الثمانينات=198X/decade/absolute"},
    {"تغير الاقتصاد في العشرينيات الحالية.", "العشرينيات=202X/decade/absolute"},
    {"هاجر إلى فرنسا في تسعينيات القرن الماضي.", "تسعينيات القرن الماضي=199X/decade/absolute"},
    {"شهد القرن العشرين حربين عالميتين.", "القرن العشرين=19XX/century/absolute"},
    {"بني القصر في القرن التاسع عشر.", "القرن التاسع عشر=18XX/century/absolute"},
    {"كانت أسوأ أزمة منذ القرن الماضي.", "القرن الماضي=19XX/century/relative"},
    {"تحديات القرن الـ21 كثيرة.", "القرن الـ21=20XX/century/absolute"},
    {"والقرن الحادي والعشرين قرن التكنولوجيا.", "القرن الحادي والعشرين=20XX/century/absolute"},
    // Words relative to the document date.
    {"وصل الوزير أمس إلى القاهرة.", "أمس=2023-03-14/day/relative"},
    {"وقع الهجوم أول أمس قرب الحدود.", "أول أمس=2023-03-13/day/relative"},
    {"وقال يوم أمس إن المفاوضات فشلت.", "يوم أمس=2023-03-14/day/relative"},
    {"يجتمع المجلس اليوم لبحث الأزمة.", "اليوم=2023-03-15/day/relative"},
    {"يعلن الرئيس غداً تشكيل الحكومة.", "غداً=2023-03-16/day/relative"},
    {"تصاعدت الاحتجاجات الأسبوع الماضي في المدن.", "الأسبوع الماضي=2023-03-05/P1W/week/relative"},
    {"بدأت الاحتجاجات هذا الأسبوع في العاصمة.", "هذا الأسبوع=2023-03-12/P1W/week/relative"},
    {"ارتفع التضخم الشهر الماضي بشكل حاد.", "الشهر الماضي=2023-02/month/relative"},
    {"تراجع النمو العام الماضي.", "العام الماضي=2022/year/relative"},
    {"تحسنت العلاقات مؤخراً بين البلدين.", "مؤخراً=PAST_REF/-/vague"},
    {"يقيم حاليا في باريس.", "حاليا=PRESENT_REF/-/vague"},
    // Several dates in one sentence.
    {"وصل الخميس بعد أن غادر في 2016.", "الخميس=2023-03-09/day/relative | 2016=2016/year/absolute"},
    // Numbers that count things, durations, ages and other non-dates.
    {"من المقرر أن تغادر القوة المكونة من 2030 جنديًا و 250 مركبة.", ""},
    {"قتل عشرات بينهم 16 عنصرا في قوات الأمن.", ""},
    {"أحرقت نحو 500 سيارة تابعة للشرطة.", ""},
    {"تعرضت نحو 1300 مؤسسة لأضرار.", ""},
    {"كان بين الجنود أعضاء من اللواء 45 الخاص.", ""},
    {"أبلياسوف، 58 عامًا، يعيش لاجئا في فرنسا.", ""},
    {"حكمت عليه بالسجن لمدة 15 عامًا غيابيا.", ""},
    {"شارك 1900 شخص في المسيرة.", ""},
    {"يعيش في المخيم قرابة 1950 لاجئا.", ""},
    {"سيرت الشرطة 2025 دوريةً في الشوارع.", ""},
    {"بقيت المدينة مهجورة خلال 2000 عام.", ""},
    {"تبرع بمبلغ 2020 $ للجمعية.", ""},
    {"ارتفعت الأسعار بنسبة 2020% خلال الأزمة.", ""},
    {"بدأ البث عند الساعة 20:15 مساء.", ""},
    {"رقم الهاتف 2019-2345 في الدليل.", ""},
    {"تستخدم الطائرة من طراز A2010 للنقل.", ""},
    {"سجل الملف تحت الرمز 1/10/1/2022 في الأرشيف.", ""},
    {"ترأس أحد أكبر مصارف البلاد.", ""},
    {"وأعلن يوم حداد وطني في البلاد.", ""},
    {"مارس الرئيس ضغوطا كبيرة على المعارضة.", ""},
    {"لم يكن العنف يوما الرد المناسب.", ""},
    {"وصل في 5 من الشهر الحالي.", "5 من الشهر الحالي=2023-03-05/day/relative"},
    {"يبدأ الموسم في السادس من الشهر المقبل.", "السادس من الشهر المقبل=2023-04-06/day/relative"},
    {"تعقد القمة بين الخامس والسادس من الشهر المقبل في العاصمة.",
     "بين الخامس والسادس من الشهر المقبل=2023-04-05..2023-04-06/day/range"},
    {"وتستمر الدورة من 3 إلى 9 من الشهر الجاري.", "من 3 إلى 9 من الشهر الجاري=2023-03-03..2023-03-09/day/range"},
    {"ترتفع الأسعار في الأسبوع الأول من الشهر الجاري.", "الشهر الجاري=2023-03/month/relative"},
    // A day before its month in words, or after الـ, linked by من.
    {"وصل الوفد في السادس من أغسطس 2021.", "السادس من أغسطس 2021=2021-08-06/day/absolute"},
    {"افتتح المعرض في الـ12 من مارس 2019.", "الـ12 من مارس 2019=2019-03-12/day/absolute"},
    {"وقع الاتفاق في 17 من يوليو 2014.", "17 من يوليو 2014=2014-07-17/day/absolute"},
    {"ويبدأ العام الدراسي في الثالث والعشرين من شهر ذي القعدة 1436هـ.",
     "الثالث والعشرين من شهر ذي القعدة 1436هـ=2015-09-07/day/absolute"},
    {"وعاد يوم السبت التاسع من شهر شوال 1436.",
     "يوم السبت التاسع من شهر شوال 1436=2015-07-25/day/absolute"},
    {"وتنتهي المهلة يوم الخميس الموافق 28/10/1436هـ.",
     "يوم الخميس الموافق 28/10/1436هـ=2015-08-13/day/absolute"},
    {"يقام المهرجان من السادس إلى الحادي والعشرين من أبريل 2016.",
     "من السادس إلى الحادي والعشرين من أبريل 2016=2016-04-06..2016-04-21/day/range"},
    // A month (and day) of a year named after it: relative to the document
    // date, or a number after a year noun.
    {"وكان الاتفاق قد وقع في مارس من العام الماضي.", "مارس من العام الماضي=2022-03/month/relative"},
    {"وتنتهي المهلة في الخامس من مارس من العام المقبل.",
     "الخامس من مارس من العام المقبل=2024-03-05/day/relative"},
    {"وبدأت الأزمة في 5 يناير من العام الجاري.", "5 يناير من العام الجاري=2023-01-05/day/relative"},
    {"وافتتح المشروع في أكتوبر من هذا العام.", "أكتوبر من هذا العام=2023-10/month/relative"},
    {"وتوقف في رمضان من العام الماضي.", "رمضان من العام الماضي=2022-04/month/relative"},
    {"وستجرى الانتخابات بين مارس ومايو من العام المقبل.",
     "بين مارس ومايو من العام المقبل=2024-03..2024-05/month/range"},
    {"وكان ذلك في مارس من العام 2014.", "مارس من العام 2014=2014-03/month/absolute"},
    {"وأعلن في رمضان من عام 1435هـ عن المشروع.", "رمضان من عام 1435هـ=2014-07/month/absolute"},
    {"وبدأ في الخامس من يونيو من سنة 2015.", "الخامس من يونيو من سنة 2015=2015-06-05/day/absolute"},
    {"وكان ذلك في العام قبل الماضي.", "العام قبل الماضي=2021/year/relative"},
    {"وقع الحادث الليلة الماضية.", "الليلة الماضية=2023-03-14/day/relative"},
    {"ونقلت الوكالة البارحة الأولى عن مصدر.", "البارحة الأولى=2023-03-13/day/relative"},
    // The news site عين اليوم and the newspaper «اليوم» are no today.
    {"الرياض - عين اليوم: أعلنت الوزارة النتائج.", ""},
    {"وقال مدير التعليم لـ«اليوم» إن النتائج جيدة.", ""},
    {"وقال الوزير: «اليوم نبدأ العمل».", "اليوم=2023-03-15/day/relative"},
    // الفارط, "past", as papers of the Maghreb write it.
    {"وقال الأحد الفارط إنه سيعود.", "الأحد الفارط=2023-03-12/day/relative"},
    {"وارتفعت الصادرات العام الفارط.", "العام الفارط=2022/year/relative"},
    // غد, "tomorrow" without tanwin's alif, after يوم or a part of the day;
    // not a party's name, nor the future hoped for.
    {"ويصل الوفد مساء غد الخميس.", "غد الخميس=2023-03-16/day/relative"},
    {"وتبدأ الدراسة يوم غدٍ.", "يوم غدٍ=2023-03-16/day/relative"},
    {"وقال رئيس حزب غد الثورة إنه سيترشح.", ""},
    {"ونعمل معا لغد أفضل.", ""},
    {"ويقضي شباب اليوم عطلتهم في السفر.", ""},
    // A day as a unit, and أمس as "most" or "lately".
    {"وبلغ الإنتاج مليون برميل في اليوم.", ""},
    {"وتعمل المحطة على مدار اليوم.", ""},
    {"ونحن في أمس الحاجة إلى الدعم.", ""},
    {"وقد حدث ذلك بالأمس القريب.", ""},
    {"وقال في اليوم التالي إنه سيعود.", "اليوم التالي=?anaphoric:day:+1/day/relative"},
    {"وقال خلال أمس إنه سيعود.", "أمس=2023-03-14/day/relative"},
    // A month named in two systems, with a parenthesis or none, then its
    // direction or year.
    {"وزار بغداد في مايو (أيار) الماضي.", "مايو (أيار) الماضي=2022-05/month/relative"},
    {"وقال في ديسمبر كانون الأول الماضي إنه سيستقيل.",
     "ديسمبر كانون الأول الماضي=2022-12/month/relative"},
    {"واندلع الصراع في ابريل (نيسان) من العام الماضي.",
     "ابريل (نيسان) من العام الماضي=2022-04/month/relative"},
    {"وبدأ التنفيذ في مارس العام الماضي.", "مارس العام الماضي=2022-03/month/relative"},
    {"وتراجع الذهب إلى أدنى مستوى منذ فبراير شباط 2010.",
     "فبراير شباط 2010=2010-02/month/absolute"},
    {"وجاء ذلك في يوليو تموز.", "يوليو تموز=2023-07/month/absolute"},
    // A year before a word that only looks like a counted noun ("كما" is
    // not "كم" with ا), and before another year with its noun.
    {"وحظرت السلطات الختان عام 1996 كما أقرت قانونا.", "عام 1996=1996/year/absolute"},
    {"وتسدد الديون في عام 2017 وعام 2019.",
     "عام 2017=2017/year/absolute | عام 2019=2019/year/absolute"},
    {"وقطع القطار 2000 كم في يومين.", ""},
    // Counted nouns after numbers of the hundreds and thousands carry no
    // tanwin (found on SaudiNewsNet); a year before a circumstantial
    // participle stays one.
    {"ومنعت السلطات 1800 إرهابي من دخول البلاد.", ""},
    {"وتطوير 1800 شاب وفتاة في برامج صيفية.", ""},
    {"واعتقل المتهمون في 2012 متهمين بالتخطيط لهجمات.", "2012=2012/year/absolute"},
    {"وتضمن القرار الذي حمل رقم 2043 مد حالة الطوارئ.", ""},
    {"ويمكن التواصل عبر الرقم الموحد 1909 للإبلاغ.", ""},
    // A unit squared or cubed measures: م there is metres, not the era. Found
    // on SaudiNewsNet, as the Saudi decimal separator ر.
    {"ويقع المركز على مساحة 1000م2 في حي الملقا.", ""},
    {"بمساحة ٥٧٢٢ م٢ وسعة 1000م3/يوم.", ""},
    {"وبنيت القلعة عام 1865م2", ""},
    {"وبنيت القلعة عام 1865م وفيها 20 غرفة.", "عام 1865م=1865/year/absolute"},
    {"وبلغ الإنتاج في مايو 333ر10 مليون برميل.", "مايو=2023-05/month/absolute"},
    // Fewer than four digits before م are metres or hours unless a year
    // noun says otherwise; a number after الساعة is a time.
    {"ويبلغ ارتفاع البرج 655 م فوق الأرض.", ""},
    {"وتستمر الفعالية حتى الساعة 10م يوميا.", ""},
    {"وبنيت القلعة عام 870م على التل.", "عام 870م=0870/year/absolute"},
    {"وارتفع الذهب الساعة 1902 بتوقيت جرينتش.", ""},
    {"وبدأت الهدنة منتصف الليل (2059 بتوقيت غرينتش).", ""},
    {"وتدخل حيز النفاذ في تموز (يوليو) عام 2016.", "تموز (يوليو) عام 2016=2016-07/month/absolute"},
    {"وولد في الخامس من أكتوبر عام 1976 في القاهرة.",
     "الخامس من أكتوبر عام 1976=1976-10-05/day/absolute"},
    // That many units before the document date; not a span before
    // something else, nor "days ago" without a number.
    {"وكان الوزير قد زار موسكو قبل يومين.", "قبل يومين=2023-03-13/day/relative"},
    {"واعتقل قبل ثلاثة أيام في العاصمة.", "قبل ثلاثة أيام=2023-03-12/day/relative"},
    {"وقع الانفجار قبل أسبوعين.", "قبل أسبوعين=2023-02-26/P1W/week/relative"},
    {"وعاد قبل 15 عاما إلى بلاده.", "قبل 15 عاما=2008/year/relative"},
    {"وغادر قبل نحو ثلاثة أشهر.", "قبل نحو ثلاثة أشهر=2022-12/month/relative"},
    {"وكان ذلك قبل عام 2010.", "عام 2010=2010/year/absolute"},
    {"وتوقف العمل قبل يوم الانتخابات.", ""},
    {"ووصل الوفد قبل يومين فقط من القمة.", ""},
    {"ووقع الانفجار قبل يوم واحد من الهجوم على المسجد.", ""},
    {"وقال قبل أيام إن الوضع هادئ.", ""},
    // After منذ the same, whether ago or the start of what lasts since; not
    // "since yesterday" read as "a day ago" and "yesterday".
    {"ووصل الوفد منذ ثلاثة أيام.", "منذ ثلاثة أيام=2023-03-12/day/relative"},
    {"ويحكم البلاد منذ 30 عاما.", "منذ 30 عاما=1993/year/relative"},
    {"وغاب عن المنزل منذ يوم أمس.", "يوم أمس=2023-03-14/day/relative"},
    {"ويعمل هنا منذ سنوات.", ""},
    // The one before the last: a week before last Thursday (a week before
    // the week back on the document date's own weekday), two Marches back
    // while this one is not over, the night before last.
    {"جرت الانتخابات يوم الخميس قبل الماضي.", "يوم الخميس قبل الماضي=2023-03-02/day/relative"},
    {"وقعت الحادثة الأربعاء ما قبل الماضي.", "الأربعاء ما قبل الماضي=2023-03-01/day/relative"},
    {"وعاد في مارس قبل الماضي.", "مارس قبل الماضي=2021-03/month/relative"},
    {"وقتل ثلاثة الليلة قبل الماضية.", "الليلة قبل الماضية=2023-03-13/day/relative"},
    // The one after next; a direction after a list of weekdays is each
    // one's; "بين الاثنين" without a second weekday is "between the two".
    {"وتقام المباراة الأربعاء بعد المقبل.", "الأربعاء بعد المقبل=2023-03-29/day/relative"},
    {"ويعود في رمضان بعد المقبل.", "رمضان بعد المقبل=2024-03/month/relative"},
    {"وينتهي المشروع في العشرين من شهر رجب ما بعد القادم.",
     "العشرين من شهر رجب ما بعد القادم=2025-01-20/day/relative"},
    {"وتجرى الانتخابات الأسبوع بعد المقبل.", "الأسبوع بعد المقبل=2023-03-26/P1W/week/relative"},
    {"وتعقد الاجتماعات يومي الخميس والجمعة المقبلين.",
     "الخميس=2023-03-16/day/relative | الجمعة المقبلين=2023-03-17/day/relative"},
    {"وجرت الاجتماعات يومي الاثنين والثلاثاء الماضيين.",
     "الاثنين=2023-03-13/day/relative | الثلاثاء الماضيين=2023-03-14/day/relative"},
    {"والفرق كبير بين الاثنين.", ""},
    // Every Sunday, Monday and Tuesday is no day, unless a direction says
    // which ones.
    {"وتسير الرحلات أيام الأحد والاثنين و الثلاثاء.", ""},
    {"وتقام الفعاليات أيام الجمعة والسبت المقبلين.",
     "السبت المقبلين=2023-03-18/day/relative"},
    {"وارتفعت الإيرادات بين الجمعة والأحد.",
     "الجمعة=2023-03-10/day/relative | الأحد=2023-03-12/day/relative"},
    {"وقتل عشرة بين يوم الاثنين واليوم.",
     "يوم الاثنين=2023-03-13/day/relative | اليوم=2023-03-15/day/relative"},
    {"وتقام المباريات يومي الجمعة و السبت المقبلين.",
     "الجمعة=2023-03-17/day/relative | السبت المقبلين=2023-03-18/day/relative"},
    // Digits with dashes of either length; a range of days before them.
    {"وتنتهي المهلة في 4 – 9 - 1436هـ.", "4 – 9 - 1436هـ=2015-06-21/day/absolute"},
    {"ويفتح المتحف خلال الفترة من 4-5 /10 /1436هـ صباحا.",
     "4-5 /10 /1436هـ=2015-07-20..2015-07-21/day/range"},
    {"وتقام الدورة من 25 تموز (يوليو) إلى الثاني من آب (أغسطس) 2015.",
     "من 25 تموز (يوليو) إلى الثاني من آب (أغسطس) 2015=2015-07-25..2015-08-02/day/range"},
    // An ordinal after a word with the article describes that word.
    {"ارتفعت الأسعار في الأسبوع الأول من مارس.", ""},
    {"تراجعت المبيعات في النصف الثاني من يونيو 2020.", "يونيو 2020=2020-06/month/absolute"},
};

TEST(DateFinderTest, RecognisesAndNormalizesEveryForm) {
  EXPECT_GE(std::size(kCases), 60u);
  for (const Case& test : kCases) {
    EXPECT_EQ(Summary(test.sentence), test.expected) << test.sentence;
  }
}

TEST(DateFinderTest, SpansAreTheOriginalBytesAndSentences) {
  for (const Case& test : kCases) {
    const std::string text = std::string("جملة أولى. ") + test.sentence;
    for (const DateExpression& date : ExtractText(text, kAnchor).dates) {
      ASSERT_LE(date.end, text.size());
      EXPECT_EQ(text.substr(date.start, date.end - date.start), date.text) << test.sentence;
      EXPECT_EQ(date.sentence, 1u) << test.sentence;
    }
  }
}

TEST(DateFinderTest, EarliestAndLatestCoverTheValue) {
  const auto only = [](const std::string& text) {
    const std::vector<DateExpression> dates = ExtractText(text, kAnchor).dates;
    EXPECT_EQ(dates.size(), 1u) << text;
    return dates.empty() ? DateExpression() : dates[0];
  };
  const auto span = [](const DateExpression& date) {
    return (date.earliest ? date.earliest->ToIso() : "-") + ".." +
           (date.latest ? date.latest->ToIso() : "-");
  };
  EXPECT_EQ(span(only("في 2019.")), "2019-01-01..2019-12-31");
  EXPECT_EQ(span(only("في فبراير 2024.")), "2024-02-01..2024-02-29");
  EXPECT_EQ(span(only("في التسعينيات.")), "1990-01-01..1999-12-31");
  EXPECT_EQ(span(only("القرن العشرين.")), "1900-01-01..1999-12-31");
  EXPECT_EQ(span(only("بين 2005 و2009.")), "2005-01-01..2009-12-31");
  EXPECT_EQ(span(only("هذا الأسبوع.")), "2023-03-12..2023-03-18");
  EXPECT_EQ(span(only("في رمضان 1444.")), "2023-03-23..2023-04-20");
  EXPECT_EQ(span(only("مؤخرا.")), "-..-");
}

TEST(DateFinderTest, HijriDatesKeepTheirOwnValue) {
  const std::vector<DateExpression> dates =
      ExtractText("أعلن القرار في 15 شعبان 1443هـ.", kAnchor).dates;
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].calendar, "hijri");
  EXPECT_EQ(dates[0].calendar_value, "1443-08-15");
  EXPECT_EQ(dates[0].value, "2022-03-18");
}

// The flags of the one date of `text`.
std::vector<std::string> FlagsOf(const std::string& text) {
  const std::vector<DateExpression> dates = ExtractText(text, kAnchor).dates;
  EXPECT_EQ(dates.size(), 1u) << text;
  return dates.empty() ? std::vector<std::string>() : dates[0].flags;
}

TEST(DateFinderTest, FlagsWhatDoesNotAddUp) {
  const std::vector<std::string> mismatch = {"month_pair_mismatch"};
  EXPECT_EQ(FlagsOf("في 6 كانون الثاني/فبراير."), mismatch);
  const std::vector<std::string> weekday = {"weekday_mismatch"};
  EXPECT_EQ(FlagsOf("الثلاثاء، 5 مارس 2023."), weekday);
  const std::vector<std::string> future = {"future_context"};
  EXPECT_EQ(FlagsOf("من المقرر أن تجرى الانتخابات في 20 مارس 2024."), future);
  EXPECT_TRUE(FlagsOf("جرت الانتخابات في 20 مارس 2022.").empty());
}

TEST(DateFinderTest, WithoutAnAnchorRelativeDatesStayUnresolved) {
  EXPECT_EQ(Summary("قال الخميس إن الوضع هادئ.", std::nullopt),
            "الخميس=?weekday:thursday:last/day/relative");
  EXPECT_EQ(Summary("والأحد الماضي اندلعت الاحتجاجات.", std::nullopt),
            "الأحد الماضي=?weekday:sunday:previous/day/relative");
  EXPECT_EQ(Summary("وصل أمس.", std::nullopt), "أمس=?day:-1/day/relative");
  EXPECT_EQ(Summary("يبدأ في السادس من الشهر المقبل.", std::nullopt),
            "السادس من الشهر المقبل=?month:+1:6/day/relative");
  EXPECT_EQ(Summary("يعقد بين الخامس والسادس من الشهر المقبل.", std::nullopt),
            "بين الخامس والسادس من الشهر المقبل=?month:+1:5/6/day/range");
  EXPECT_EQ(Summary("في 6 يناير.", std::nullopt), "6 يناير=?XXXX-01-06/day/absolute");
  EXPECT_EQ(Summary("في مارس من العام الماضي.", std::nullopt),
            "مارس من العام الماضي=?XXXX-03:year-1/month/relative");
  EXPECT_EQ(Summary("بين مارس ومايو من العام المقبل.", std::nullopt),
            "بين مارس ومايو من العام المقبل=?XXXX-03:year+1/XXXX-05:year+1/month/range");
  EXPECT_EQ(Summary("من 5 إلى 7 يناير.", std::nullopt),
            "من 5 إلى 7 يناير=?XXXX-01-05/XXXX-01-07/day/range");
  EXPECT_EQ(Summary("في التسعينيات.", std::nullopt), "التسعينيات=199X/decade/absolute");
  EXPECT_EQ(Summary("في 2019.", std::nullopt), "2019=2019/year/absolute");
  const Extraction extraction = ExtractText("قال الخميس إن الوضع هادئ.", std::nullopt);
  EXPECT_FALSE(extraction.date.has_value());
  EXPECT_EQ(extraction.date_source, DateSource::kNone);
  ASSERT_EQ(extraction.dates.size(), 1u);
  EXPECT_TRUE(extraction.dates[0].value.empty());
  EXPECT_FALSE(extraction.dates[0].anchor.has_value());
  EXPECT_FALSE(extraction.dates[0].earliest.has_value());
}

TEST(DateFinderTest, InfersTheDocumentDateFromItsLatestFullDate) {
  const Extraction extraction = ExtractText(
      "نشر في 3 مارس 2021. وكان الاجتماع الأول في 1 مارس 2021. وقال الوزير الأربعاء إن "
      "الانتخابات ستجرى في 20 يونيو 2021.",
      std::nullopt);
  ASSERT_TRUE(extraction.date.has_value());
  EXPECT_EQ(extraction.date->ToIso(), "2021-03-03");
  EXPECT_EQ(extraction.date_source, DateSource::kInferred);
  std::vector<std::string> values;
  for (const DateExpression& date : extraction.dates) values.push_back(ValueOf(date));
  EXPECT_EQ(values,
            (std::vector<std::string>{"2021-03-03", "2021-03-01", "2021-03-03", "2021-06-20"}));
}

TEST(DateFinderTest, AGivenDocumentDateWinsOverInference) {
  const Extraction extraction = ExtractText("نشر في 3 مارس 2021.", kAnchor);
  EXPECT_EQ(extraction.date, kAnchor);
  EXPECT_EQ(extraction.date_source, DateSource::kOption);
}

TEST(DateFinderTest, AnaphoricWordsCountFromTheDateMentionedBefore) {
  EXPECT_EQ(Summary("وصل الوفد في 3 يناير 2022، وفي اليوم التالي التقى الرئيس، وفي اليوم التالي "
                    "غادر. وفي نفس اليوم صدر البيان."),
            "3 يناير 2022=2022-01-03/day/absolute | اليوم التالي=2022-01-04/day/relative | "
            "اليوم التالي=2022-01-05/day/relative | نفس اليوم=2022-01-05/day/relative");
  EXPECT_EQ(Summary("ويوم 24 يناير 2014 دعا الوزير إلى الحوار، وصرّح ذلك اليوم بأنه متفائل."),
            "24 يناير 2014=2014-01-24/day/absolute | ذلك اليوم=2014-01-24/day/relative");
  EXPECT_EQ(Summary("انتخب في 5 مارس 2019. وفي العام التالي استقال، وفي الشهر السابق لذلك "
                    "كان في موسكو."),
            "5 مارس 2019=2019-03-05/day/absolute | العام التالي=2020/year/relative | "
            "الشهر السابق=2019-02/month/relative");
  EXPECT_EQ(Summary("افتتح المعرض في 3 مايو 2021، وأغلق في العاشر من الشهر نفسه."),
            "3 مايو 2021=2021-05-03/day/absolute | العاشر من الشهر نفسه=2021-05-10/day/relative");
  EXPECT_EQ(Summary("انضمت إلى المنظمة عام 2010، وفي مارس من العام نفسه وقعت الاتفاقية. وفي "
                    "أبريل من العام التالي بدأ التنفيذ."),
            "عام 2010=2010/year/absolute | مارس من العام نفسه=2010-03/month/relative | "
            "أبريل من العام التالي=2011-04/month/relative");
  // Alone, the first word is still today; "that" before "last week" is a pronoun.
  EXPECT_EQ(Summary("وصل الوفد اليوم."), "اليوم=2023-03-15/day/relative");
  EXPECT_EQ(Summary("وأعلن ذلك الأسبوع الماضي."), "الأسبوع الماضي=2023-03-05/P1W/week/relative");

  const Extraction extraction = ExtractText("وصل في 3 يناير 2022، وفي اليوم التالي التقى.", kAnchor);
  ASSERT_EQ(extraction.dates.size(), 2u);
  EXPECT_EQ(extraction.dates[1].anchor, (CivilDate{2022, 1, 3}));
  EXPECT_EQ(extraction.dates[1].flags, std::vector<std::string>{"anaphoric"});
}

// "start-end=value@anchor" for each date, in text order.
std::vector<std::string> Positions(const std::vector<DateExpression>& dates) {
  std::vector<std::string> out;
  for (const DateExpression& date : dates) {
    out.push_back(std::to_string(date.start) + "-" + std::to_string(date.end) + "=" +
                  ValueOf(date) + "@" + (date.anchor ? date.anchor->ToIso() : "none"));
  }
  return out;
}

TEST(DateFinderTest, TheDatesOfSomeSentencesAreTheirDatesAmongAll) {
  const RuleSet& rules = testing::RepoRules();
  // Anaphoric days and years whose antecedents lie one, two or no sentences
  // before them, and a weekday that counts from the document date.
  const std::string text =
      "وصل الوفد في 3 يناير 2022. وفي اليوم التالي التقى الرئيس. وقال إنه متفائل. "
      "وفي مارس من العام نفسه وقعت الاتفاقية، وفي اليوم التالي غادر. وعاد يوم الأحد.";
  Document document;
  document.id = "test";
  document.text = text;
  document.date = kAnchor;
  TextLayout layout;
  const std::vector<DateExpression> all = Extractor(rules).Extract(document, &layout).dates;
  ASSERT_EQ(layout.sentences.size(), 5u);
  ASSERT_EQ(Positions(all).size(), 5u);
  for (uint32_t subset = 0; subset < (1u << layout.sentences.size()); ++subset) {
    std::vector<bool> chosen(layout.sentences.size());
    for (size_t s = 0; s < chosen.size(); ++s) chosen[s] = (subset >> s & 1) != 0;
    std::vector<DateExpression> expected = all;
    std::erase_if(expected, [&](const DateExpression& date) { return !chosen[date.sentence]; });
    EXPECT_EQ(Positions(rules.date_finder().FindIn(text, layout, kAnchor, chosen)),
              Positions(expected))
        << "sentences chosen: " << subset;
  }
}

TEST(DateFinderTest, TheGraphsScopeReadsTheDatesAndTextOfSentencesThatNameSomeoneOrReportAnEvent) {
  Document document;
  document.id = "test";
  // A name, a sentence with neither a name nor an event, then an event.
  document.text = "زار توكاييف موسكو في 5 يناير 2022. وكان الطقس باردا يوم 6 يناير 2022. "
                  "وفي 7 يناير 2022 اندلعت احتجاجات.";
  document.date = kAnchor;
  TextLayout layout;
  const Extractor extractor(testing::RepoRules());
  const Extraction every = extractor.Extract(document, &layout, ExtractionScope::kWhole);
  const Extraction with_facts =
      extractor.Extract(document, &layout, ExtractionScope::kGraphFacts);
  EXPECT_EQ(SentencesWithFacts(every), (std::vector<bool>{true, false, true}));
  std::vector<std::string> values;
  for (const DateExpression& date : every.dates) values.push_back(date.value);
  EXPECT_EQ(values, (std::vector<std::string>{"2022-01-05", "2022-01-06", "2022-01-07"}));
  values.clear();
  for (const DateExpression& date : with_facts.dates) values.push_back(date.value);
  EXPECT_EQ(values, (std::vector<std::string>{"2022-01-05", "2022-01-07"}));
  EXPECT_EQ(with_facts.mentions.size(), every.mentions.size());
  EXPECT_EQ(with_facts.events.size(), every.events.size());
  ASSERT_EQ(with_facts.sentences.size(), 3u);
  EXPECT_EQ(every.sentences[1].text, "وكان الطقس باردا يوم 6 يناير 2022.");
  EXPECT_EQ(with_facts.sentences[1].text, "");
  EXPECT_EQ(with_facts.sentences[1].end, every.sentences[1].end);
  for (const size_t s : {0u, 2u}) EXPECT_EQ(with_facts.sentences[s].text, every.sentences[s].text);
}

TEST(DateFinderTest, ADurationsStartIsNoAntecedent) {
  const Extraction extraction = ExtractText(
      "وصل في 3 يناير 2022. وهو مضرب عن الطعام منذ ثلاثة أيام، وفي اليوم التالي غادر.", kAnchor);
  ASSERT_EQ(extraction.dates.size(), 3u);
  EXPECT_EQ(extraction.dates[1].text, "منذ ثلاثة أيام");
  EXPECT_EQ(extraction.dates[1].flags, std::vector<std::string>{"since"});
  EXPECT_EQ(extraction.dates[2].value, "2022-01-04");
}

// Anchored in August, the nearest 30 January is one to come; since it,
// something has lasted: the one before.
TEST(DateFinderTest, ASinceDateWithoutItsYearIsTheLastOneBeforeTheText) {
  const Extraction extraction = ExtractText(
      "وسجل النفط أدنى مستوياته منذ 30 يناير. وكان قد وصل في 30 يناير إلى المدينة.",
      CivilDate{2015, 8, 6});
  ASSERT_EQ(extraction.dates.size(), 2u);
  EXPECT_EQ(extraction.dates[0].value, "2015-01-30");
  EXPECT_EQ(extraction.dates[0].flags, std::vector<std::string>{"since"});
  EXPECT_EQ(extraction.dates[0].kind, DateKind::kAbsolute);
  EXPECT_EQ(extraction.dates[1].value, "2016-01-30");
  EXPECT_TRUE(extraction.dates[1].flags.empty());
}

TEST(DateFinderTest, ADateAfterASinceWordAndAFillerOrWithADirectionIsASinceDate) {
  const std::vector<std::string> since{"since"};
  EXPECT_EQ(FlagsOf("وارتفع المؤشر منذ مطلع عام 2011."), since);
  EXPECT_EQ(FlagsOf("ويشن التحالف غاراته منذ مارس الماضي."), since);
  EXPECT_EQ(FlagsOf("وهو موقوف منذ منتصف أغسطس الماضي."), since);
  EXPECT_TRUE(FlagsOf("وقع الهجوم في مطلع عام 2011.").empty());
  EXPECT_EQ(Summary("ويشن التحالف غاراته منذ مارس الماضي."),
            "مارس الماضي=2022-03/month/relative");
}

// A date after منذ is no duration: the text may go on from it.
TEST(DateFinderTest, ASinceDateIsAnAntecedent) {
  const Extraction extraction = ExtractText(
      "ويشهد الإقليم نزاعا منذ عام 2011 وانفصل الجنوب في ذلك العام.", kAnchor);
  ASSERT_EQ(extraction.dates.size(), 2u);
  EXPECT_EQ(extraction.dates[0].flags, std::vector<std::string>{"since"});
  EXPECT_EQ(extraction.dates[1].value, "2011");
}

TEST(DateFinderTest, AnaphoricWordsWithoutAPreciseEnoughDateBeforeStayUnresolved) {
  // Nothing before, a year for a day, a range of days: never the document date.
  EXPECT_EQ(Summary("وفي اليوم التالي التقى الرئيس."),
            "اليوم التالي=?anaphoric:day:+1/day/relative");
  EXPECT_EQ(Summary("انتخب في 2019، وفي اليوم التالي استقال."),
            "2019=2019/year/absolute | اليوم التالي=?anaphoric:day:+1/day/relative");
  EXPECT_EQ(Summary("زار موسكو من 5 إلى 7 يناير 2022، وفي ذلك اليوم التقى بوتين."),
            "من 5 إلى 7 يناير 2022=2022-01-05..2022-01-07/day/range | "
            "ذلك اليوم=?anaphoric:day:0/day/relative");
  const Extraction extraction = ExtractText("وفي اليوم التالي التقى الرئيس.", kAnchor);
  ASSERT_EQ(extraction.dates.size(), 1u);
  EXPECT_FALSE(extraction.dates[0].anchor.has_value());
  EXPECT_FALSE(extraction.dates[0].earliest.has_value());
}

TEST(DateFinderTest, AnaphoricDatesResolveWithoutADocumentDateAndDoNotDateIt) {
  const Extraction extraction =
      ExtractText("نشر في 3 مارس 2021. وفي اليوم التالي عقد الاجتماع.", std::nullopt);
  EXPECT_EQ(extraction.date, (CivilDate{2021, 3, 3}));
  ASSERT_EQ(extraction.dates.size(), 2u);
  EXPECT_EQ(ValueOf(extraction.dates[1]), "2021-03-04");
}

TEST(DateFinderTest, NamedDaysAndComparisonsAreNotToday) {
  // A named or counted day, a day a clause describes, and the same day of
  // another year: none of them is today, whatever else the sentence dates.
  EXPECT_EQ(Summary("احتفلت المملكة باليوم الوطني، وشارك الوزير في اليوم الأول من المؤتمر."), "");
  EXPECT_EQ(Summary("منذ اليوم الذي وصل فيه يعمل عشر ساعات في اليوم الواحد."), "");
  EXPECT_EQ(Summary("وفي مثل هذا اليوم من عام 1990 دخل الجيش الكويت."),
            "عام 1990=1990/year/absolute");
  EXPECT_EQ(Summary("ارتفعت المبيعات عن مثل هذا الشهر من العام الماضي."),
            "العام الماضي=2022/year/relative");
  // Before a weekday, before punctuation, and alone, today is today; and
  // so is this month where no comparison precedes it.
  EXPECT_EQ(Summary("وصل الوفد اليوم، الأول بين الوفود."), "اليوم=2023-03-15/day/relative");
  EXPECT_EQ(Summary("ويعقد المجلس جلسته اليوم الأربعاء."),
            "اليوم الأربعاء=2023-03-15/day/relative");
  EXPECT_EQ(Summary("وارتفعت الأسعار هذا الشهر."), "هذا الشهر=2023-03/month/relative");
  // After a phrase, a clause describes the day the phrase names; and أمس
  // الأول is a phrase of its own, the day before yesterday.
  EXPECT_EQ(Summary("وخلال هذا العام الذي يشهد الانتخابات."), "هذا العام=2023/year/relative");
  EXPECT_EQ(Summary("وصل الوفد مساء أمس الأول."), "أمس الأول=2023-03-13/day/relative");
}

TEST(DateFinderTest, ADateThatNamesAPlaceOrAnEventIsNone) {
  // Neither the day and month nor the month alone: the year is not given.
  EXPECT_EQ(Summary("افتتح المصنع في مدينة السادس من أكتوبر."), "");
  EXPECT_EQ(Summary("ووقع الحادث بشارع 26 يوليو وسط القاهرة."), "");
  EXPECT_EQ(Summary("وشارك الآلاف في ذكرى ثورة 25 يناير."), "");
  EXPECT_EQ(Summary("وتتنافس لوائح فريقي 8 و14 آذار على المقاعد."), "");
  EXPECT_EQ(Summary("وتغيرت السياسة الأمريكية بعد هجمات 11 سبتمبر."), "");
  // With its year the name is a date; and a noun with the article is no
  // name ("the stadium, on 5 July").
  EXPECT_EQ(Summary("وقامت ثورة 23 يوليو 1952 في مصر."), "23 يوليو 1952=1952-07-23/day/absolute");
  EXPECT_EQ(Summary("وافتتح الملعب 5 يوليو أمام الجمهور."), "5 يوليو=2023-07-05/day/absolute");
}

// kAnchor is 15 March 2023, in Hijri 1444.
TEST(DateFinderTest, AYearWithoutItsEraThatOnlyTheHijriSpanHoldsIsHijri) {
  EXPECT_EQ(Summary("تأسست البلدية عام 1376 بقرار ملكي."), "عام 1376=1957/year/absolute");
  // A plan's year a few years ahead.
  EXPECT_EQ(Summary("وسيبلغ عددهم بحلول عام 1448 نحو ألف."), "عام 1448=2026/year/absolute");
  // Further ahead it is history's, and a year with its era is what the era says.
  EXPECT_EQ(Summary("اكتشفت القارة في العام 1492."), "العام 1492=1492/year/absolute");
  EXPECT_EQ(Summary("فتحت المدينة عام 1453م."), "عام 1453م=1453/year/absolute");
  EXPECT_EQ(Summary("بلغت الإيرادات 1436 مليونا."), "");
}

// On SaudiNewsNet 8 of the 9 such years were the last century's (عام 79م،
// عام 48م، عام 91م); the ninth, the Second Temple's 70, stands in a
// sentence that gives a year before the common era.
TEST(DateFinderTest, TwoDigitsBeforeAnAbbreviatedEraAreARecentCenturysYear) {
  EXPECT_EQ(Summary("بدأت العقوبات على إيران عام 79م."), "عام 79م=1979/year/absolute");
  EXPECT_EQ(Summary("وتأسست الشركة عام 05م."), "عام 05م=2005/year/absolute");
  EXPECT_EQ(Summary("وتأسست الشركة عام 23م."), "عام 23م=2023/year/absolute");
  // The era in full, or three digits, is the year itself.
  EXPECT_EQ(Summary("وكتبت المخطوطات عام 70 ميلادية."), "عام 70 ميلادية=0070/year/absolute");
  EXPECT_EQ(Summary("هدم الهيكل الأول عام 586 قبل الميلاد، والثاني عام 70م."),
            "عام 586 قبل الميلاد=BC0586/year/absolute | عام 70م=0070/year/absolute");
}

TEST(DateFinderTest, ADayOfEventsThatHavePassedIsNoneWhereItWouldComeAfterTheText) {
  EXPECT_EQ(Summary("وتغيرت المنطقة بعد أحداث 11 سبتمبر."), "");
  EXPECT_EQ(Summary("وكانت تبعات الحادي عشر من سبتمبر (أيلول) أخطر أزمة."), "");
  // Before the text, the nearest is the one it means.
  EXPECT_EQ(Summary("وسقط ضحايا في أحداث 5 يناير."), "5 يناير=2023-01-05/day/absolute");
  // A day after any other noun is still the nearest, ahead or not.
  EXPECT_EQ(Summary("ويعقد اجتماع 11 سبتمبر في جنيف."), "11 سبتمبر=2023-09-11/day/absolute");
}

// kAnchor is 15 March 2023 (Sha'ban 1444); month_alone_months_ahead is 4,
// and 8 after a future cue.
TEST(DateFinderTest, AMonthAloneAfterAYearCueIsOfTheComingMonthsOrElseThePastOnes) {
  EXPECT_EQ(Summary("وانخفضت الصادرات في يناير بشكل حاد."), "يناير=2023-01/month/absolute");
  EXPECT_EQ(Summary("ويبدأ الموسم مطلع يوليو في المدينة."), "يوليو=2023-07/month/absolute");
  EXPECT_EQ(Summary("وجرت الانتخابات في نوفمبر بهدوء."), "نوفمبر=2022-11/month/absolute");
  EXPECT_EQ(Summary("وارتفعت الأسعار خلال شهر مارس."), "مارس=2023-03/month/absolute");
  EXPECT_EQ(Summary("واختفت الطائرة في مايو أيار فوق المحيط."),
            "مايو أيار=2023-05/month/absolute");
  EXPECT_EQ(Summary("وأعلنت الشركة نتائجها في حزيران (يونيو) الفائت."),
            "حزيران (يونيو) الفائت=2022-06/month/relative");
  EXPECT_EQ(Summary("وأقيمت المسابقة في شهر رمضان المبارك."), "رمضان=2023-04/month/absolute");
  // After a future cue the next eight months are to come, the three before
  // the document's month still past ones.
  EXPECT_EQ(Summary("ومن المقرر أن تجرى الانتخابات في نوفمبر."),
            "نوفمبر=2023-11/month/absolute");
  EXPECT_EQ(Summary("وقال إنه سيصعد هجماته في منتصف يناير."), "يناير=2023-01/month/absolute");
  // A since word, a past event noun or a past cue: the last one not after
  // the text.
  EXPECT_EQ(Summary("وتتواصل المعارك منذ أواخر نوفمبر."), "نوفمبر=2022-11/month/absolute");
  EXPECT_EQ(Summary("وكانت صدامات مماثلة جرت في مايو."), "مايو=2022-05/month/absolute");
  EXPECT_EQ(Summary("وتغير الكثير بعد أحداث مايو (أيار)."),
            "مايو (أيار)=2022-05/month/absolute");
}

TEST(DateFinderTest, AMonthAloneElsewhereOrWithAProcliticIsNoDate) {
  EXPECT_EQ(Summary("مارس الرئيس ضغوطا كبيرة على المعارضة."), "");
  EXPECT_EQ(Summary("وتعرضت القوات لكمين في باب المندب."), "");
  EXPECT_EQ(Summary("واندلعت المواجهات في إب وسط اليمن."), "");
  EXPECT_EQ(Summary("وانخفض المؤشر إلى صفر تقريبا."), "");
  EXPECT_EQ(Summary("ووصل حتى رجب طيب أردوغان إلى القمة."), "");
  EXPECT_EQ(Summary("وبدأ الصيام في شهر شعبان."), "شعبان=2023-03/month/absolute");
  EXPECT_EQ(Summary("وعاد في آب (أغسطس) إلى بلاده."), "آب (أغسطس)=2022-08/month/absolute");
}

TEST(DateFinderTest, AMonthAloneAfterADateOfAnEarlierYearInItsSentenceFollowsIt) {
  EXPECT_EQ(Summary("قتل في التاسع من أغسطس 2014 وتبعت ذلك موجة من العنف في نوفمبر."),
            "التاسع من أغسطس 2014=2014-08-09/day/absolute | نوفمبر=2014-11/month/absolute");
  EXPECT_EQ(Summary("وفي العام 2011 ترشح عشرة أشخاص للمناظرة في سبتمبر."),
            "العام 2011=2011/year/absolute | سبتمبر=2011-09/month/absolute");
  // A since date lasts; a date to come says nothing of the month's year.
  EXPECT_EQ(Summary("ويتراجع المؤشر منذ 2009 وقد هبط في يناير."),
            "2009=2009/year/absolute | يناير=2023-01/month/absolute");
  EXPECT_EQ(Summary("ويتوقع التضخم حتى مارس 2025 نزولا من تقدير في يناير."),
            "مارس 2025=2025-03/month/absolute | يناير=2023-01/month/absolute");
}

TEST(DateFinderTest, ABarePeriodAfterAPartOfItIsTheSentencesOrTheDocumentsPeriod) {
  EXPECT_EQ(Summary("وارتفع المؤشر منذ بداية العام."), "العام=2023/year/relative");
  EXPECT_EQ(Summary("ويستمر التسجيل حتى نهاية الشهر، في الفترة الصباحية."),
            "الشهر=2023-03/month/relative");
  EXPECT_EQ(Summary("وارتفع في 2014 بنسبة 5% حتى نهاية العام."),
            "2014=2014/year/absolute | العام=2014/year/relative");
  // What says another period follows it.
  EXPECT_EQ(Summary("وتبدأ الدراسة مع بداية العام الدراسي."), "");
  EXPECT_EQ(Summary("وتراجع الإنتاج في نهاية العام الماضي."), "العام الماضي=2022/year/relative");
  EXPECT_EQ(Summary("وأكد المدعي العام أن القضية مستمرة."), "");
}

TEST(DateFinderTest, AYearLinkedToAMonthByMinOrLIsItsYear) {
  EXPECT_EQ(Summary("وأثارت تصريحاته في أكتوبر/ تشرين الأول من 2014 غضب الأردن."),
            "أكتوبر/ تشرين الأول من 2014=2014-10/month/absolute");
  EXPECT_EQ(Summary("وتوفي في شهر رمضان لعام 1436هـ في المدينة."),
            "رمضان لعام 1436هـ=2015-07/month/absolute");
}

TEST(DateFinderTest, ADayThatRecursIsNone) {
  for (const char* sentence : {
           "ويحتفل العالم في 18 مايو من كل عام باليوم الدولي للمتاحف.",
           "يحيي المسلمون ذكرى عاشوراء في 10 محرم من كل عام.",
           "اليوم العالمي للمهاجرين الموافق الثامن عشر من ديسمبر (كانون الأول) سنويا.",
           "في هذا اليوم من كل عام يحتفل السكان.",
           // The days listed or spanned with it recur too.
           "وتستأنف العروض في يومي الخميس والجمعة من كل أسبوع.",
           "ويمتد الموسم من 25 يوليو (تموز) إلى غاية الثاني من سبتمبر (أيلول) من كل سنة.",
       }) {
    EXPECT_EQ(Summary(sentence), "") << sentence;
  }
  // A day with its year or a direction is one day; so is a day that only
  // precedes the recurring one.
  EXPECT_EQ(Summary("وتوقف العمل يوم الجمعة المقبل من كل أسبوع."),
            "يوم الجمعة المقبل=2023-03-17/day/relative");
  EXPECT_EQ(Summary("وزار موسكو في 18 مايو، ويقام المعرض في 20 مايو من كل عام."),
            "18 مايو=2023-05-18/day/absolute");
}

TEST(DateFinderTest, ARelativeDayIsTheWeekdayItNames) {
  // kAnchor is a Wednesday: the text was written on it or in the six days
  // before it, so the weekday named is the last one on or before the day the
  // relative word counts to from the document date.
  EXPECT_EQ(Summary("قال الوزير اليوم (الاثنين) إن الوفد وصل."),
            "اليوم (الاثنين)=2023-03-13/day/relative");
  EXPECT_EQ(Summary("وصل الوفد أمس الأحد."), "أمس الأحد=2023-03-12/day/relative");
  EXPECT_EQ(Summary("وأعلن أمس، الثلاثاء، عن الاتفاق."), "أمس، الثلاثاء=2023-03-14/day/relative");
  EXPECT_EQ(Summary("وتعقد القمة غدا الجمعة."), "غدا الجمعة=2023-03-10/day/relative");
  EXPECT_EQ(Summary("ويصل الوفد اليوم يوم السبت."), "اليوم يوم السبت=2023-03-11/day/relative");
  EXPECT_EQ(Summary("وتعقد القمة غدا الخميس."), "غدا الخميس=2023-03-16/day/relative");
  // A weekday with a direction or a date of its own is a date of its own.
  EXPECT_EQ(Summary("وصل الوفد أمس الأحد الماضي."),
            "أمس=2023-03-14/day/relative | الأحد الماضي=2023-03-12/day/relative");
  EXPECT_EQ(Summary("وصل الوفد اليوم الاثنين 13 مارس."),
            "اليوم=2023-03-15/day/relative | الاثنين 13 مارس=2023-03-13/day/absolute");
  EXPECT_EQ(Summary("وصل الوفد أمس الأحد.", std::nullopt), "أمس الأحد=?day:-1:sunday/day/relative");
}

TEST(DateFinderTest, ADayBetweenParenthesesAfterAnotherCorrectsIt) {
  // A wire's "today" that the paper, printed a day later, corrects: the
  // correction is the day, and its weekday is read over (kAnchor: Wednesday).
  EXPECT_EQ(Summary("وقال مصدر إن المظاهرات المقرر انطلاقها اليوم (أمس) ألغيت."),
            "اليوم (أمس)=2023-03-14/day/relative");
  EXPECT_EQ(Summary("وقال اليوم (أمس الثلاثاء) إن الوفد وصل."),
            "اليوم (أمس الثلاثاء)=2023-03-14/day/relative");
  EXPECT_EQ(Summary("وتعقد القمة غدا (اليوم) في الرياض."), "غدا (اليوم)=2023-03-15/day/relative");
  // A parenthesis that holds no day leaves the word alone.
  EXPECT_EQ(Summary("وقال اليوم (في بيان) إن الوفد وصل."), "اليوم=2023-03-15/day/relative");
}

TEST(DateFinderTest, TheOpeningsRelativeDayWithItsWeekdaySaysWhenTheTextWasWritten) {
  // Published on Wednesday 15 March, written on Monday the 13th: every
  // relative word counts from the Monday, and so do the events the
  // sentences leave undated.
  const Extraction extraction = ExtractText(
      "قال الوزير اليوم (الاثنين) إن الوفد وصل أمس. وسيغادر غدا. وتعقد القمة الأربعاء المقبل.",
      kAnchor);
  EXPECT_EQ(extraction.written, (CivilDate{2023, 3, 13}));
  ASSERT_EQ(extraction.dates.size(), 4u);
  EXPECT_EQ(extraction.dates[1].value, "2023-03-12");
  EXPECT_EQ(extraction.dates[1].anchor, (CivilDate{2023, 3, 13}));
  EXPECT_EQ(extraction.dates[2].value, "2023-03-14");
  EXPECT_EQ(extraction.dates[3].value, "2023-03-15");
  // The first such day counts; one that contradicts it is its own weekday.
  const Extraction contradicted =
      ExtractText("وصل الوفد أمس (الاثنين). وكان الوزير قد وصل أمس الأحد.", kAnchor);
  EXPECT_EQ(contradicted.written, (CivilDate{2023, 3, 14}));
  ASSERT_EQ(contradicted.dates.size(), 2u);
  EXPECT_EQ(contradicted.dates[1].value, "2023-03-12");
  EXPECT_EQ(contradicted.dates[1].flags, std::vector<std::string>{"dated_by_weekday"});
  // No such day, or the document date's own: nothing to say.
  EXPECT_FALSE(ExtractText("وصل الوفد أمس. وسيغادر غدا.", kAnchor).written);
  EXPECT_FALSE(ExtractText("قال الوزير اليوم (الأربعاء) إن الوفد وصل.", kAnchor).written);
  // Past the opening's sentences a weekday dates its own expression only.
  const Extraction late = ExtractText(
      "وصل الوفد. وعقد اجتماعا. ثم غادر. وعاد. واجتمع. وقال الوزير اليوم (الاثنين) إنه راض.",
      kAnchor);
  EXPECT_FALSE(late.written);
  ASSERT_EQ(late.dates.size(), 1u);
  EXPECT_EQ(late.dates[0].value, "2023-03-13");
  // Without a document date there is nothing to count back from.
  EXPECT_FALSE(ExtractText("قال الوزير اليوم (الاثنين) إن الوفد وصل.", std::nullopt).written);
}

TEST(DateFinderTest, AWeekdayAfterAFutureCueIsTheFirstOnOrAfterTheDocumentDate) {
  // kAnchor is a Wednesday.
  EXPECT_EQ(Summary("وستعقد المحكمة جلستها الخميس."), "الخميس=2023-03-16/day/relative");
  EXPECT_EQ(Summary("ومن المقرر أن يبدأ المعرض الأحد."), "الأحد=2023-03-19/day/relative");
  EXPECT_EQ(Summary("وسيصل الوفد يوم الأربعاء."), "يوم الأربعاء=2023-03-15/day/relative");
  EXPECT_EQ(FlagsOf("وستعقد المحكمة جلستها الخميس."),
            std::vector<std::string>{"future_context"});
  EXPECT_EQ(Summary("ستعقد القمة الخميس.", std::nullopt),
            "الخميس=?weekday:thursday:ahead/day/relative");
  // Words that start like the particle and a verb: a noun's ending, or one
  // of not_future_words.
  EXPECT_EQ(Summary("وأوقفت الشرطة سيارة الخميس."), "الخميس=2023-03-09/day/relative");
  EXPECT_EQ(Summary("وسيطر المسلحون على المدينة الخميس."), "الخميس=2023-03-09/day/relative");
  EXPECT_EQ(Summary("ويجتمع المجلس السنوي الخميس."), "الخميس=2023-03-09/day/relative");
  // What is expected or likely is to come; so is a weekday listed after one
  // that is ahead, however far the cue.
  EXPECT_EQ(Summary("ومن المرجح أن يعلن الاتفاق الجمعة."), "الجمعة=2023-03-17/day/relative");
  EXPECT_EQ(Summary("ويتوقع أن يمثل أمام المحكمة يوم الاثنين."),
            "يوم الاثنين=2023-03-20/day/relative");
  EXPECT_EQ(Summary("وتقرر أن يكون يوم الجمعة راحة للاعبين."),
            "يوم الجمعة=2023-03-17/day/relative");
  EXPECT_EQ(Summary("وسيكون الوزير في باريس يوم الاثنين أو الثلاثاء."),
            "يوم الاثنين=2023-03-20/day/relative | الثلاثاء=2023-03-21/day/relative");
  EXPECT_EQ(Summary("وغادر الوزير باريس يوم الاثنين أو الثلاثاء."),
            "يوم الاثنين=2023-03-13/day/relative | الثلاثاء=2023-03-14/day/relative");
  // A direction of its own wins: المقبل is never the document date's day.
  EXPECT_EQ(Summary("وسيصل الوفد الأربعاء المقبل."), "الأربعاء المقبل=2023-03-22/day/relative");
}

TEST(DateFinderTest, ADayInQuotationMarksIsTheWeekdayItsRelativeWordNames) {
  EXPECT_EQ(Summary("وقال الوزير اليوم «الاثنين» إن الوفد وصل."),
            "اليوم «الاثنين»=2023-03-13/day/relative");
  // After an anaphoric day the weekday checks the date it counts from.
  EXPECT_EQ(Summary("وصل في 2 أغسطس 1990، وفي ذلك اليوم (الخميس) غادر."),
            "2 أغسطس 1990=1990-08-02/day/absolute | ذلك اليوم (الخميس)=1990-08-02/day/relative");
  const std::vector<DateExpression> dates =
      ExtractText("وصل في 3 أغسطس 1990، وفي ذلك اليوم (الخميس) غادر.", kAnchor).dates;
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[1].value, "1990-08-03");
  EXPECT_EQ(dates[1].flags, (std::vector<std::string>{"anaphoric", "weekday_mismatch"}));
}

TEST(DateFinderTest, ARelativeWordInAQuotationCountsFromTheDayItWasSaid) {
  // Said yesterday (Tuesday the 14th): the speaker's today is that day.
  EXPECT_EQ(Summary("وقال الوزير أمس: «اعتقلنا اليوم خمسة مسلحين وسنواصل غدا»."),
            "أمس=2023-03-14/day/relative | اليوم=2023-03-14/day/relative | "
            "غدا=2023-03-15/day/relative");
  // Not where the quotation does not close, nor from a day further back than
  // a week, nor a word whose weekday the editor named.
  EXPECT_EQ(Summary("وقال الوزير أمس: «اعتقلنا اليوم خمسة مسلحين."),
            "أمس=2023-03-14/day/relative | اليوم=2023-03-15/day/relative");
  EXPECT_EQ(Summary("وقال الوزير في 10 يناير 2022: «الوضع اليوم مستقر»."),
            "10 يناير 2022=2022-01-10/day/absolute | اليوم=2023-03-15/day/relative");
  EXPECT_EQ(Summary("وقال الوزير أمس: «وصل الوفد اليوم (الأربعاء)»."),
            "أمس=2023-03-14/day/relative | اليوم (الأربعاء)=2023-03-15/day/relative");
}

TEST(DateFinderTest, ADateWordInsideANameIsPartOfTheName) {
  EXPECT_EQ(Summary("وبحسب موقع روسيا اليوم فإن الهجوم وقع أمس."), "أمس=2023-03-14/day/relative");
  EXPECT_EQ(Summary("وقالت صحيفة «المصري اليوم» إن الوفد وصل."), "");
  // Unquoted, without the medium's noun: Russia, today.
  EXPECT_EQ(Summary("واستخدمت روسيا اليوم حق النقض."), "اليوم=2023-03-15/day/relative");
}

TEST(DateFinderTest, YearsBeforeTheCommonEraNameNoDays) {
  EXPECT_EQ(Summary("هدم الهيكل الأول عام 586 قبل الميلاد، والثاني عام 70م."),
            "عام 586 قبل الميلاد=BC0586/year/absolute | عام 70م=0070/year/absolute");
  EXPECT_EQ(Summary("قتل القائد في 15 مارس 444 قبل الميلاد."),
            "15 مارس 444 قبل الميلاد=BC0444-03-15/day/absolute");
  const Extraction extraction = ExtractText("هدم المعبد عام 586 قبل الميلاد.", kAnchor);
  ASSERT_EQ(extraction.dates.size(), 1u);
  EXPECT_FALSE(extraction.dates[0].earliest.has_value());
  EXPECT_FALSE(extraction.dates[0].anchor.has_value());
}

// The error loading the repository's dates.yaml with `good` replaced by
// `bad`, and the line of the replacement.
std::pair<std::string, size_t> DateRulesError(const std::string& good, const std::string& bad) {
  const std::filesystem::path dir = testing::MakeTempDir("dates");
  std::string rules = testing::ReadFileOrDie(testing::RulesDir() / "dates.yaml");
  const size_t at = rules.find(good);
  EXPECT_NE(at, std::string::npos) << good;
  if (at == std::string::npos) return {};
  rules.replace(at, good.size(), bad);
  const std::filesystem::path path = dir / "dates.yaml";
  std::ofstream(path, std::ios::binary) << rules;
  StatusOr<YamlFile> file = LoadYamlFile(path);
  EXPECT_TRUE(file.ok()) << file.status().message();
  const RuleSet& repo = testing::RepoRules();
  StatusOr<DateRules> loaded = DateRules::FromYaml(*file, repo.tokenizer(), repo.morphology());
  std::filesystem::remove_all(dir);
  EXPECT_FALSE(loaded.ok());
  const size_t line = std::count(rules.begin(), rules.begin() + at, '\n') + 1;
  return {loaded.ok() ? "" : loaded.status().message(), line};
}

TEST(DateFinderTest, RuleErrorsNameFileLineAndColumn) {
  const auto [message, line] =
      DateRulesError("{month: 12, names: [ديسمبر", "{month: 13, names: [ديسمبر");
  EXPECT_NE(message.find("dates.yaml:" + std::to_string(line) + ":"), std::string::npos)
      << message;
  EXPECT_NE(message.find("'month' must be a number from 1 to 12"), std::string::npos) << message;
}

TEST(DateFinderTest, AnaphoricRuleErrorsNameTheEntry) {
  const auto [message, line] = DateRulesError("{unit: day, offset: 1, words: [اليوم التالي",
                                              "{unit: days, offset: 1, words: [اليوم التالي");
  EXPECT_NE(message.find("dates.yaml:" + std::to_string(line) + ":"), std::string::npos)
      << message;
  EXPECT_NE(message.find("'unit' must be day, week, month or year"), std::string::npos)
      << message;
}

TEST(DateFinderTest, AWeekStartsOnADayNamedInEnglish) {
  const auto [message, line] = DateRulesError("week_starts: sunday", "week_starts: الأحد");
  EXPECT_NE(message.find("dates.yaml:" + std::to_string(line) + ":14:"), std::string::npos)
      << message;
  EXPECT_NE(message.find("'week_starts' must be an English day name"), std::string::npos)
      << message;
}

TEST(DateFinderTest, ADayListJoinOfTwoWordsIsNamed) {
  const auto [message, line] =
      DateRulesError("day_list_joins: [و, أو]", "day_list_joins: [و, أو ثم]");
  EXPECT_NE(message.find("dates.yaml:" + std::to_string(line) + ":"), std::string::npos)
      << message;
  EXPECT_NE(message.find("expected one word"), std::string::npos) << message;
  EXPECT_NE(message.find("أو ثم"), std::string::npos) << message;
  const auto [bounds, opening_line] =
      DateRulesError("written_date_sentences: 5", "written_date_sentences: many");
  EXPECT_NE(bounds.find("dates.yaml:" + std::to_string(opening_line) + ":"), std::string::npos)
      << bounds;
  EXPECT_NE(bounds.find("'written_date_sentences' must be a number from 0 to 1000"),
            std::string::npos)
      << bounds;
  const auto [months, months_line] =
      DateRulesError("month_alone_months_ahead: 4", "month_alone_months_ahead: 12");
  EXPECT_NE(months.find("dates.yaml:" + std::to_string(months_line) + ":"), std::string::npos)
      << months;
  EXPECT_NE(months.find("'month_alone_months_ahead' must be a number from 0 to 11"),
            std::string::npos)
      << months;
}

// --- The sample articles ----------------------------------------------------

Document Sample(const std::string& id, bool with_manifest) {
  StatusOr<Document> document =
      ReadDocumentFile(testing::SamplesDir() / (id + ".txt"), ReadOptions{});
  EXPECT_TRUE(document.ok()) << document.status().message();
  if (with_manifest) {
    StatusOr<Manifest> manifest = Manifest::Load(testing::SamplesDir() / "manifest.json");
    EXPECT_TRUE(manifest.ok()) << manifest.status().message();
    const ManifestEntry* entry = manifest.ok() ? manifest->Find(id) : nullptr;
    EXPECT_NE(entry, nullptr) << id;
    if (entry != nullptr) {
      document->date = entry->date;
      document->date_source = DateSource::kManifest;
    }
  }
  return std::move(*document);
}

std::vector<std::string> SampleDates(const std::string& id, bool with_manifest) {
  const Document document = Sample(id, with_manifest);
  const Extraction extraction = Extractor(testing::RepoRules()).Extract(document);
  std::vector<std::string> found;
  for (const DateExpression& date : extraction.dates) {
    EXPECT_EQ(document.text.substr(date.start, date.end - date.start), date.text);
    found.push_back(date.text + "=" + ValueOf(date));
  }
  return found;
}

using Dates = std::vector<std::string>;

TEST(DateFinderSamplesTest, EveryDateOfTheSamplesWithTheirManifest) {
  EXPECT_EQ(SampleDates("000_3753c173918469ae", true),
            (Dates{"الخميس=2022-01-06", "2019=2019", "2016=2016", "حالياً=PRESENT_REF",
                   "بين 2005 و2009=2005..2009", "2014=2014"}));
  EXPECT_EQ(SampleDates("001_91dd7b59b1f721e3", true),
            (Dates{"2016=2016", "حاليا=PRESENT_REF", "بين 2005 و2009=2005..2009", "2014=2014",
                   "الجمعة=2022-01-07", "عام 2008=2008", "عام 2014=2014"}));
  EXPECT_EQ(SampleDates("002_c81270ce0b9162ad", true),
            (Dates{"هذا الأسبوع=2022-01-02/P1W", "عام 2019=2019", "6 يناير 2022=2022-01-06",
                   "التسعينيات=199X", "عام 2016=2016"}));
  EXPECT_EQ(SampleDates("003_a7abf8a6fc12b7f9", true),
            (Dates{"يوم الاثنين، 10 يناير 2022=2022-01-10", "يوم الاثنين، 10 يناير 2022=2022-01-10",
                   "الاثنين=2022-01-10", "الاثنين=2022-01-10", "6 كانون الثاني/يناير=2022-01-06",
                   "الاثنين=2022-01-10", "الجمعة=2022-01-07", "الاثنين=2022-01-10",
                   "من 1989 حتى 2019=1989..2019", "السبت=2022-01-08"}));
  EXPECT_EQ(SampleDates("004_4b41cdd2c373f765", true),
            (Dates{"الجمعة=2022-01-07", "الجمعة=2022-01-07", "الجمعة=2022-01-07",
                   "الأحد الماضي=2022-01-02", "الأربعاء=2022-01-05"}));
}

TEST(DateFinderSamplesTest, WithoutTheManifest003InfersItsOwnDate) {
  const Extraction extraction =
      Extractor(testing::RepoRules()).Extract(Sample("003_a7abf8a6fc12b7f9", false));
  ASSERT_TRUE(extraction.date.has_value());
  EXPECT_EQ(extraction.date->ToIso(), "2022-01-10");
  EXPECT_EQ(extraction.date_source, DateSource::kInferred);
  EXPECT_EQ(SampleDates("003_a7abf8a6fc12b7f9", false), SampleDates("003_a7abf8a6fc12b7f9", true));
}

TEST(DateFinderSamplesTest, WithoutTheManifestWeekdaysOf004StayOpen) {
  const Extraction extraction =
      Extractor(testing::RepoRules()).Extract(Sample("004_4b41cdd2c373f765", false));
  EXPECT_FALSE(extraction.date.has_value());
  EXPECT_EQ(extraction.date_source, DateSource::kNone);
  EXPECT_EQ(SampleDates("004_4b41cdd2c373f765", false),
            (Dates{"الجمعة=?weekday:friday:last", "الجمعة=?weekday:friday:last",
                   "الجمعة=?weekday:friday:last", "الأحد الماضي=?weekday:sunday:previous",
                   "الأربعاء=?weekday:wednesday:last"}));
}

}  // namespace
}  // namespace akhbar
