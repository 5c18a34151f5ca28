/**
 * The extractor against the held-out sets, as regressions: each was written blind (by someone who
 * never saw the extractor) and scored once before any fix it prompted; the fixes were then made
 * against it, so none of them is blind any more (the blind results are in each folder's README and
 * the closing notes). The fourth blind set (tests/fixtures/eval-blind4) is not held here: it does
 * not meet the bar yet (`npm run eval -- --set tests/fixtures/eval-blind4`): its remaining trap hits
 * are shapes the conventions now keep as figures (group thresholds, lengths of a named event).
 */
import { describeLabelledSet } from './helpers/labelled-set';

describeLabelledSet('eval-holdout', 'the first held-out set', { sentences: 230, figures: 570 });
describeLabelledSet('eval-blind', 'the second blind set', { sentences: 290, figures: 590 });
describeLabelledSet('eval-blind3', 'the third blind set', { sentences: 290, figures: 640 });
describeLabelledSet('eval-blind5', 'the fifth blind set', { sentences: 180, figures: 395 });
// The sixth set's labeller counts the window a statistic covers as a trap; the conventions keep it a
// figure, as the dev and first held-out sets label it ("Decisions recorded after the sixth blind set").
describeLabelledSet('eval-blind6', 'the sixth blind set', { sentences: 217, figures: 538 }, [
  'ecommerce-008: trong 24 giờ',
  'weather-011: trong 3 giờ',
]);
describeLabelledSet('eval-blind7', 'the seventh blind set', { sentences: 235, figures: 510 });
describeLabelledSet('eval-blind8', 'the eighth blind set', { sentences: 240, figures: 495 });
// The ninth set's labeller counts the time since a launch as a window; the second, fifth and eighth sets
// label the same shape a figure, and the conventions follow them ("… after the ninth blind set").
describeLabelledSet('eval-blind9', 'the ninth blind set', { sentences: 242, figures: 518 }, [
  'giai-tri-001: 24 giờ',
  'giai-tri-002: 4 tuần',
]);
describeLabelledSet('eval-blind10', 'the tenth blind set', { sentences: 239, figures: 484 });
describeLabelledSet('eval-blind11', 'the eleventh blind set', { sentences: 224, figures: 446 });
describeLabelledSet('eval-blind12', 'the twelfth blind set', { sentences: 180, figures: 388 });
describeLabelledSet('eval-blind13', 'the thirteenth blind set', { sentences: 259, figures: 519 });
// The fourteenth set's labeller counts a blood unit's size (`mỗi đơn vị 350 ml`) as a class; the third set
// labels the same phrase a figure, and the suite keeps the earlier reading.
describeLabelledSet('eval-blind14', 'the fourteenth blind set', { sentences: 220, figures: 414 }, ['suc-khoe-020: 350 ml']);
describeLabelledSet('eval-blind15', 'the fifteenth blind set', { sentences: 210, figures: 505 });
describeLabelledSet('eval-blind16', 'the sixteenth blind set', { sentences: 203, figures: 506 });
// The seventeenth set's labeller counts a building's storeys as a class (`xây mới tòa nhà 29 tầng`); the unit
// tests label the same shape a figure (`xây tòa tháp 45 tầng`): a particular building's size, not a standard class.
describeLabelledSet('eval-blind17', 'the seventeenth blind set', { sentences: 213, figures: 496 }, ['realestate-016: 29 tầng']);
describeLabelledSet('eval-blind18', 'the eighteenth blind set', { sentences: 218, figures: 510 });
describeLabelledSet('eval-blind19', 'the nineteenth blind set', { sentences: 225, figures: 529 });
describeLabelledSet('eval-blind20', 'the twentieth blind set', { sentences: 218, figures: 516 });
// Not a disagreement but a known miss: a product's strength after a foreign name closing a list (`Albumin 20%`) reads
// like a market share (`Samsung 20%, Apple 18%`), and no rule yet tells the two apart.
describeLabelledSet('eval-blind21', 'the twenty-first blind set', { sentences: 207, figures: 433 }, ['health-004: Albumin 20%']);
// The twenty-second set's labeller counts `Sau gần 2 giờ, đám cháy được khống chế; …` as a frame; the conventions
// keep the time taken as the news when the clause it opens reports no other number.
describeLabelledSet('eval-blind22', 'the twenty-second blind set', { sentences: 212, figures: 413 }, ['timeline-003: gần 2 giờ']);
describeLabelledSet('eval-blind23', 'the twenty-third blind set', { sentences: 200, figures: 383 });
describeLabelledSet('eval-blind24', 'the twenty-fourth blind set', { sentences: 203, figures: 545 });
describeLabelledSet('eval-blind25', 'the twenty-fifth blind set', { sentences: 200, figures: 402 });
// The twenty-sixth set's labeller counts a perfect score (`30/30 điểm khối A00`) as a score, a trap; the seventeenth
// labels a score out of the maximum (`38/42 điểm`) a proportion, and the extractor keeps that reading.
describeLabelledSet('eval-blind26', 'the twenty-sixth blind set', { sentences: 200, figures: 429 }, ['edu-002: 30/30']);
describeLabelledSet('eval-blind27', 'the twenty-seventh blind set', { sentences: 180, figures: 389 });
describeLabelledSet('eval-blind28', 'the twenty-eighth blind set', { sentences: 200, figures: 442 });
describeLabelledSet('eval-blind29', 'the twenty-ninth blind set', { sentences: 200, figures: 459 });
describeLabelledSet('eval-blind30', 'the thirtieth blind set', { sentences: 187, figures: 410 });
describeLabelledSet('eval-blind31', 'the thirty-first blind set', { sentences: 180, figures: 403 });
describeLabelledSet('eval-blind32', 'the thirty-second blind set', { sentences: 200, figures: 439 });
describeLabelledSet('eval-blind33', 'the thirty-third blind set', { sentences: 180, figures: 442 });
describeLabelledSet('eval-blind34', 'the thirty-fourth blind set', { sentences: 180, figures: 405 });
describeLabelledSet('eval-blind35', 'the thirty-fifth blind set', { sentences: 180, figures: 386 });
describeLabelledSet('eval-blind36', 'the thirty-sixth blind set', { sentences: 180, figures: 396 }, ['ban-tru-xep-hang-019: 48,3/100']);
describeLabelledSet('eval-blind37', 'the thirty-seventh blind set', { sentences: 200, figures: 382 });
// One disagreement (a data plan's validity stays a duration, like `15 triệu đồng/tháng trong 4 năm`) and two known
// misses: the months of a statistic far from it (`… tại Việt Nam trong 9 tháng, tăng 9,5%`) and a group by rank
// (`5 doanh nghiệp lớn nhất nắm hơn 80%`).
describeLabelledSet('eval-blind38', 'the thirty-eighth blind set', { sentences: 180, figures: 382 }, ['tel-014: 30 ngày', 'cyb-001: 9 tháng', 'post-010: 5 doanh nghiệp']);
describeLabelledSet('eval-blind39', 'the thirty-ninth blind set', { sentences: 180, figures: 384 });
describeLabelledSet('eval-blind40', 'the fortieth blind set', { sentences: 180, figures: 383 });
describeLabelledSet('eval-blind41', 'the forty-first blind set', { sentences: 180, figures: 414 });
// Two known misses: a class whose head and measure have a brand's name between them, and a quoted ad. (A trip with a
// place between, `chuyến đi châu Âu 10 ngày`, is read since session 7.)
describeLabelledSet('eval-blind42', 'the forty-second blind set', { sentences: 200, figures: 392 }, ['tindung-015: 5 phút']);
// One disagreement, a miss by the labels: the conventions read two to eleven months right after a statistic as the
// months of the year so far (`vận chuyển 2,4 triệu lượt khách trong 3 tháng`); the forty-third set's labeller counts them.
describeLabelledSet('eval-blind43', 'the forty-third blind set', { sentences: 180, figures: 463 });
describeLabelledSet('eval-blind44', 'the forty-fourth blind set', { sentences: 180, figures: 398 });
describeLabelledSet('eval-blind45', 'the forty-fifth blind set', { sentences: 180, figures: 409 });
// One known miss: a range of hours per day read as clock times (`cắt điện luân phiên từ 2 đến 7 giờ mỗi ngày`).
describeLabelledSet('eval-blind46', 'the forty-sixth blind set', { sentences: 200, figures: 422 });
// Two known misses: a firing range after `cự ly`, read as a race's distance (`bắn trúng mục tiêu ở cự ly 8-12 km`), and
// a count of an honorific noun (`14 Mẹ còn sống`).
describeLabelledSet('eval-blind47', 'the forty-seventh blind set', { sentences: 180, figures: 390 });
// One disagreement (a building type's storeys stay a figure, like `tòa nhà 29 tầng`) and one known miss: a class whose
// head is more than six words before its measure (`túi đựng rác tự hủy sinh học 10 lít`).
describeLabelledSet('eval-blind48', 'the forty-eighth blind set', { sentences: 203, figures: 445 }, ['fire-010: 7 tầng', 'waste-020: 10 lít']);
// One disagreement: the cost of one unit of work stays a figure's base only after `mỗi` (`làm 1 km đường … mất 600-700
// triệu đồng`, the set's labeller counts the `1 km` as the base).
describeLabelledSet('eval-blind49', 'the forty-ninth blind set', { sentences: 201, figures: 401 }, ['roads-008: 1 km']);
// Four disagreements or known misses: a size class in brackets after a product (`tôm hùm … (trên 1 kg/con)`), a
// height tier in a price list (the forty-fifth set counts height bars as figures), a tour by its islands (`lặn ngắm san
// hô 4 đảo`), the threshold of an offence (`mất kết nối VMS quá 6 giờ`).
describeLabelledSet('eval-blind50', 'the fiftieth blind set', { sentences: 180, figures: 418 }, [
  'aqua-016: trên 1 kg/con',
  'island-006: từ 1 m đến 1,4 m',
  'island-019: 4 đảo',
  'iuu-002: quá 6 giờ',
]);
describeLabelledSet('eval-blind52', 'the fifty-second blind set', { sentences: 180, figures: 394 });
// Three disagreements (names counted again after `là` stay, `Thái Lan và Indonesia là hai thị trường cung cấp chính`,
// since `thị trường` is a counted noun (session 7), as `… và Sky Mavis là bốn kỳ lân` of an earlier set; a rate's own
// period stays, `6%/năm trong 3 năm`, like `15 triệu đồng/tháng trong 4 năm`; a service
// promise stays, `được duyệt trong vòng 24 giờ`) and a known miss: a model number alone after a verb (`giảm giá 3008 và
// 5008`).
describeLabelledSet('eval-blind51', 'the fifty-first blind set', { sentences: 200, figures: 430 }, [
  'import-003: hai thị trường',
  'loan-005: 3 năm',
  'loan-020: 24 giờ',
  'price-017: 3008',
  'price-017: 5008',
]);
describeLabelledSet('eval-blind53', 'the fifty-third blind set', { sentences: 206, figures: 386 });
describeLabelledSet('eval-blind54', 'the fifty-fourth blind set', { sentences: 200, figures: 498 });
// Two disagreements: papers with a zero count as papers (`118 bài điểm 0`, as the set's own README says for `513 bài
// thi`), and the rounds of an exam count (`qua 6 đợt`). The lead added `occurrence: 2` to totnghiep-004's second `50%`,
// which the scorer needs to place it (a format fix, made before the set was run).
describeLabelledSet('eval-blind56', 'the fifty-sixth blind set', { sentences: 200, figures: 382 }, ['thukhoa-013: 118 bài điểm 0', 'xettuyen-002: 6 đợt']);
// Four disagreements: a condition that defines a group of parents (`sinh đủ hai con`, `đã có hai con gái`), a particular
// contract's length (`hợp đồng 3 năm`), a permit's term after `có` (`có thời hạn tối đa 2 năm`, as `khoản vay có thời hạn
// 12 tháng`).
describeLabelledSet('eval-blind55', 'the fifty-fifth blind set', { sentences: 180, figures: 401 }, [
  'fertility-007: hai con',
  'sexratio-010: hai con gái',
  'workers-003: hợp đồng 3 năm',
  'workers-007: tối đa 2 năm',
]);
describeLabelledSet('eval-blind58', 'the fifty-eighth blind set', { sentences: 180, figures: 450 });
// One disagreement: a wind force's speeds in brackets stay a figure (`cấp 14 (150-166 km/h)`: the only speed a storm
// report gives, and a figure since the first labelled set).
describeLabelledSet('eval-blind59', 'the fifty-ninth blind set', { sentences: 181, figures: 382 }, ['bao-001: 150-166 km/h']);
// Known misses: amounts of a worked example (`Với khoản tiền 1 tỷ đồng gửi …`, `một gia đình chi tiêu 10 triệu đồng mỗi
// tháng`), a cooling-off period a rule gives (`có 21 ngày cân nhắc`), the point a loss is measured at after a verb
// other than `vay` (`sau 3 năm đóng`). (The second size of a list of gold rings, `nhẫn vàng 0,5 chỉ, 1 chỉ`, is read
// since set 104.)
describeLabelledSet('eval-blind60', 'the sixtieth blind set', { sentences: 180, figures: 418 }, [
  'household-008: 10 triệu đồng',
  'insurance-012: 21 ngày',
  'insurance-016: 3 năm',
  'rates-011: 1 tỷ đồng',
]);
describeLabelledSet('eval-blind61', 'the sixty-first blind set', { sentences: 180, figures: 383 });
// Known misses: a price given for a set amount (`cho nhóm 10 người`, `bữa ăn hải sản cho 4 người`, `cho 15 phút`), a
// service or a pass by its length or sites (`đò chèo 3 tiếng`, `vé trọn gói 3 điểm di tích`), a group by rank after
// `cho` (`cho 50 khách đăng ký sớm nhất`: after `cho` a group is usually who received something, `cho 20 bang chịu ảnh
// hưởng nặng nhất`).
describeLabelledSet('eval-blind62', 'the sixty-second blind set', { sentences: 180, figures: 397 }, [
  'festivals-013: 15 phút',
  'resorts-014: 10 người',
  'revenue-018: 4 người',
  'tickets-011: 3 tiếng',
  'tours-019: 50 khách',
]);
// The lead removed `"occurrence": 2` from dispute-013's `62 giờ` before running the set: the scorer counts whole
// numbers, so the `62` inside `362 giờ/năm` is not a first occurrence (a format fix). Known misses: a group by rank
// after `cho` (`cho 3 nhân viên kinh doanh giỏi nhất`), the base of a fee (`mỗi hợp đồng 12 tháng`), a course by its
// length with a code between (`máy CNC 6 tháng`).
describeLabelledSet('eval-blind63', 'the sixty-third blind set', { sentences: 180, figures: 383 }, [
  'bonus-013: 3 nhân viên',
  'export-008: 12 tháng',
  'training-018: CNC 6 tháng',
]);
// Known misses: a loan's grace period (`ân hạn nợ gốc tới 24 tháng`) and a promotion's term (`lãi suất 0% trong 18
// tháng`).
describeLabelledSet('eval-blind64', 'the sixty-fourth blind set', { sentences: 200, figures: 404 }, [
  'vaymua-015: 24 tháng',
  'vaymua-016: 0% trong 18 tháng',
  'vaymua-016: 0% trong 18 tháng',
]);
// Known misses: a group of vehicles by their age (`xe dưới 5 năm`), a harvest cycle with words between head and measure
// (`chu kỳ khai thác 5-7 năm`). (The base of a fee, `giá bán của 1 m3 nước sạch`, is read since set 89.)
describeLabelledSet('eval-blind65', 'the sixty-fifth blind set', { sentences: 180, figures: 381 }, [
  'air-011: dưới 5 năm',
  'forest-013: 5-7 năm',
]);
// Known misses: the months of the year so far after a count (`326/350 vụ việc … trong 10 tháng`), a free offer's name
// (`vé giá rẻ từ 0 đồng`), a parcel's weight tier (`Hàng hóa cồng kềnh trên 30 kg`). (`tivi Samsung 55 inch`, a class
// with a brand between, is read since set 83.)
describeLabelledSet('eval-blind66', 'the sixty-sixth blind set', { sentences: 200, figures: 383 }, [
  'complain-006: 10 tháng',
  'ship-011: trên 30 kg',
]);
// Known misses: a condition of years (`tham gia BHYT 5 năm liên tục`), a clinical window (`“giờ vàng” 4,5 giờ`), a
// product by its strength and volume after a brand (`lọ Albumin 20% 50 ml`, a known miss since session 5), a freezer by
// its temperature with many words between (`tủ bảo quản vắc xin âm sâu -70 độ C`).
describeLabelledSet('eval-blind67', 'the sixty-seventh blind set', { sentences: 180, figures: 407 }, [
  'bhyt-012: 5 năm liên tục',
  'chokham-016: 4,5 giờ',
  'thuoc-002: Albumin 20%',
  'thuoc-002: 50 ml',
  'tiemchung-014: -70 độ C',
]);
// Known miss: lottery numbers after `con` (`đánh con 68 và con 86`).
describeLabelledSet('eval-blind68', 'the sixty-eighth blind set', { sentences: 180, figures: 399 });
// Known misses: a worked example (`Một hộ trồng lúa 1 ha … nếu tính cho 4 người`), a condition of days (`ổ dịch … chưa
// qua 21 ngày`).
describeLabelledSet('eval-blind69', 'the sixty-ninth blind set', { sentences: 200, figures: 463 }, [
  'irrig-006: 1 ha',
  'irrig-006: 4 người',
]);
// Known misses: a condition without a verb of consequence after it (`khi đủ 5 năm công tác`), the point pay is measured
// at (`sau 9 năm đứng lớp`).
describeLabelledSet('eval-blind70', 'the seventieth blind set', { sentences: 200, figures: 447 }, ['pay-013: đủ 5 năm', 'pay-020: 9 năm đứng lớp']);
// The lead corrected five values after the run: `triệu tỷ` is a million billions, 10^15, not 10^18 (`1,74 triệu tỷ
// đồng` = 1.74 × 10^15; the labeller's README says 10^18). Known misses: the months of the year so far before `mới`
// (`5 tháng mới giải ngân 21,5%`), a lease term (`trả một lần cho 50 năm`).
describeLabelledSet('eval-blind73', 'the seventy-third blind set', { sentences: 180, figures: 397 }, ['invest-003: 5 tháng', 'landfee-017: cho 50 năm']);
// Known misses: "both" or the named counted again (`hai ứng viên`, `Hai phi hành gia Butch Wilmore và Suni Williams`),
// a price for a set amount (`bữa tối cho hai người`), a bar by its weight with a hyphenated word between (`thanh
// sô-cô-la 100 g`), the window of a first time (`lần đầu tiên … sau hơn 50 năm`), a tariff's term (`trong thời hạn 5
// năm`), a unit's number after its branch (`Lữ đoàn cơ giới 47`).
describeLabelledSet('eval-blind71', 'the seventy-first blind set', { sentences: 180, figures: 439 }, [
  'elect-020: hai ứng viên',
  'price-009: hai người',
  'price-016: 100 g',
  'space-006: Hai phi hành gia',
  'space-011: sau hơn 50 năm',
  'war-008: Lữ đoàn cơ giới 47',
]);
// One disagreement: an interval after `cứ` stays a figure (`cứ 5 phút lại có chuyến cất cánh`, like `cứ 40 giây lại có
// một người tự tử`: the interval is the statistic). Known misses: a tender package's number before its name (`gói thầu
// 5.10 nhà ga hành khách`), an aircraft by its seats after a model (`Embraer E190 khoảng 100 ghế`).
describeLabelledSet('eval-blind72', 'the seventy-second blind set', { sentences: 180, figures: 442 }, [
  'airpax-015: cứ 5 phút',
  'airport-012: gói thầu 5.10',
  'fleet-007: khoảng 100 ghế',
]);
// Known misses: a length of two years' cumulative loss (`tổng lỗ hai năm`), "both" of two increases or two named lakes
// (`hai lần tăng giá điện 3% và 4,8%`, `hai hồ có nhiệm vụ`), bases of rates with words between (`cứ giá xăng tăng
// 1.000 đồng/lít`, `để tạo ra 1 USD GDP`), a tariff's number of steps and its first steps (`xuống còn 5 bậc`, `3 bậc
// đầu`).
describeLabelledSet('eval-blind74', 'the seventy-fourth blind set', { sentences: 180, figures: 396 }, [
  'evn-002: hai năm',
  'evn-010: hai lần',
  'hydro-007: hai hồ',
  'power-017: 1 USD GDP',
  'tariff-004: còn 5 bậc',
  'tariff-009: 3 bậc đầu',
]);
// The lead removed `"occurrence": 2` from tinhnguyen-007's `5K` before running the set (the `5K` inside `25K` is no first
// occurrence to the scorer; a format fix). Known misses: the interval between two occasions (`giữa 2 lần hiến`),
// hotlines and SMS numbers after a long name (`cổng nhắn tin 1400`, `Tổng đài … bảo vệ trẻ em 111`).
describeLabelledSet('eval-blind75', 'the seventy-fifth blind set', { sentences: 180, figures: 405 }, ['quy-010: 1400']);
// Known misses: a group by experience (`có 3-5 năm kinh nghiệm`), a frequency band after `và` (`3.800-3.900 MHz`), an SMS
// number (`gửi 1414`), the point a share is measured at (`tồn tại sau 5 năm`).
describeLabelledSet('eval-blind76', 'the seventy-sixth blind set', { sentences: 180, figures: 383 }, [
  'itexport-006: 3-5 năm',
  'mobile-006: 3.800-3.900 MHz',
  'startup-016: sau 5 năm',
]);
// Known misses: "all three" (`cả ba tiêu chí`: `cả 3 sàn` in Dân Trí counts the exchanges), a rank more than ten
// words on (`một trong 5 địa phương có số người chết … tăng cao nhất`), a fine level's limits in brackets (`mức 3 (vượt
// quá 80 mg/100 ml máu …)`: `mức` is far more often "at the level of", `lên mức 12,2% (khoảng 1,7 triệu cổ phiếu)`), the
// two named routes (`hai tuyến`), the base of an average (`để đi 10 km`), a truck by its axles with many words between,
// a truck's load band after `có tải trọng`.
describeLabelledSet('eval-blind77', 'the seventy-seventh blind set', { sentences: 180, figures: 406 }, [
  'acc-013: cả ba tiêu chí',
  'alc-002: 80 mg/100 ml',
  'alc-002: 0,4 mg/1 lít',
  'alc-015: 50 mg/100 ml',
  'fund-018: hai tuyến',
  'jam-018: 10 km',
  'load-005: 5 trục',
  'toll-007: từ 10 tấn đến dưới 18 tấn',
]);
// Known misses: a set by its volumes after a price (`1,2 triệu đồng/bộ 7 tập`), a generic book by its pages (`Một cuốn
// sách … dày 300 trang`), a pass by its sites and a family ticket by its members (`Vé combo tham quan 3 bảo tàng`, `vé
// gia đình (2 người lớn, 2 trẻ em)`).
describeLabelledSet('eval-blind78', 'the seventy-eighth blind set', { sentences: 180, figures: 409 }, [
  'books-009: 300 trang',
  'museum-007: 3 bảo tàng',
  'museum-007: 2 người lớn, 2 trẻ em',
  'museum-007: 2 người lớn, 2 trẻ em',
]);
// The lead removed `"occurrence": 2` from cars-014's `50.000 xe` before running the set (the one inside `950.000 xe/năm`
// is no first occurrence to the scorer; a format fix). Known misses: a class of cars after `mẫu xe nhập khẩu` (`dưới 9
// chỗ`), the base of a rate (`Để sản xuất 1 tấn thép`), three named groups (`ba nhóm hàng điện thoại, máy tính và …`),
// the months of the year so far after a subject (`FDI 10 tháng ước đạt`), a lease term (`cho 47 năm còn lại`), a tax
// holiday (`miễn thuế thu nhập 4 năm`).
describeLabelledSet('eval-blind79', 'the seventy-ninth blind set', { sentences: 180, figures: 421 }, [
  'energy-productivity-006: 1 tấn',
  'exports-020: ba nhóm hàng',
  'fdi-002: 10 tháng',
  'parks-007: 47 năm',
  'supporting-003: 4 năm',
]);
// The lead added the figure `hai đối tượng` to camera-006 after the run (camera-018 labels the same phrase). Known
// miss: a condition of years (`đạt chuẩn … ba năm liền`), as in set 67.
describeLabelledSet('eval-blind86', 'the eighty-sixth blind set', { sentences: 180, figures: 434 }, [
  'khenthuong-011: ba năm liền',
]);
describeLabelledSet('eval-blind80', 'the eightieth blind set', { sentences: 180, figures: 408 }, []);
// Known misses: `trên hai sàn HNX và UPCoM` (the labeller reads "both"; the extractor counts two exchanges, as `Ba mã
// STB, MBB và TCB` in the same set), a condition of years (`thua lỗ 3 năm liên tiếp`), a point in time at the end of a
// clause (`sau 2 năm.`), a group named by its rank with no word before it that says so (`chỉ 10 công ty đứng đầu`).
describeLabelledSet('eval-blind81', 'the eighty-first blind set', { sentences: 180, figures: 381 }, [
  'hnx-004: hai sàn',
  'hnx-005: 3 năm liên tiếp',
  'tk-012: sau 2 năm',
  'tk-013: 10 công ty',
]);
// Known misses: a legal deadline given for two places (`trong vòng 12 giờ, ở vùng sâu vùng xa là 24 giờ, kể từ khi`), a
// condition of residence (`tạm trú liên tục từ 3 năm trở lên`; a threshold of a group stays a figure).
describeLabelledSet('eval-blind82', 'the eighty-second blind set', { sentences: 180, figures: 383 }, [
  'cutru-007: 12 giờ',
  'cutru-007: 24 giờ',
  'cutru-015: từ 3 năm trở lên',
]);
// Known misses: a duty's term (`trong thời hạn 5 năm`; a loan's `thời hạn 12 tháng` stays a figure, decided in set
// 51), the year so far after a share whose noun holds a passive (`40% số vụ bị phát hiện trong 9 tháng`).
describeLabelledSet('eval-blind83', 'the eighty-third blind set', { sentences: 180, figures: 382 }, [
  'ma-tuy-006: 9 tháng',
]);
describeLabelledSet('eval-blind84', 'the eighty-fourth blind set', { sentences: 180, figures: 382 }, []);
// Known misses: converted scores (`quy đổi thành 9 điểm môn tiếng Anh`, `quy đổi 10 điểm`), an issue number before a
// volume (`Công báo … số 432 tập A`).
describeLabelledSet('eval-blind85', 'the eighty-fifth blind set', { sentences: 180, figures: 381 }, [
  'admit-006: 9 điểm môn tiếng Anh',
  'admit-006: 10 điểm',
]);
// Known misses: a threshold of a contract's length (`hợp đồng từ đủ 1 tháng trở lên`, read as the threshold of a group),
// a processing time given by law (`Thời gian giải quyết hồ sơ … là 20 ngày làm việc`).
describeLabelledSet('eval-blind87', 'the eighty-seventh blind set', { sentences: 180, figures: 419 }, [
  'thatnghiep-015: từ đủ 1 tháng trở lên',
  'thatnghiep-020: 20 ngày làm việc',
]);
// Known misses: a licence's term with a word between (`thời hạn giấy phép 5 năm`; a loan's `thời hạn 12 tháng` stays a
// figure, set 51), a condition of years after `sau` (`thu hồi … sau 3 năm không triển khai`).
describeLabelledSet('eval-blind89', 'the eighty-ninth blind set', { sentences: 180, figures: 389 }, [
  'cat-005: thời hạn giấy phép 5 năm',
  'trongrung-016: sau 3 năm không triển khai',
]);
// The lead removed two `"occurrence": 2` the scorer refused before the run (dengue-001, measles-003). Known misses: a
// description (`hai bệnh nhân nằm chung giường`), a box by its pieces with words or a brand between (`hộp găng tay y tế
// 100 chiếc`, `Januvia 28 viên`), a coverage named by its doses (`Tỷ lệ tiêm 2 mũi`), a strength after a brand (`Albumin
// 20%`, a known miss since session 5).
describeLabelledSet('eval-blind88', 'the eighty-eighth blind set', { sentences: 180, figures: 405 }, [
  'beds-019: hai bệnh nhân',
  'medicine-002: Albumin 20%',
]);
// Disagreement kept: `mỗi đoàn 3 toa` is counted here; sets 6, 43 and 72 label a train by its carriages a class.
describeLabelledSet('eval-blind90', 'the ninetieth blind set', { sentences: 180, figures: 383 }, []);
describeLabelledSet('eval-blind91', 'the ninety-first blind set', { sentences: 180, figures: 381 }, []);
// The lead removed one `"occurrence": 2` the scorer refused before the run (flood-006).
describeLabelledSet('eval-blind92', 'the ninety-second blind set', { sentences: 180, figures: 386 }, []);
// Known miss: a parcel's weight tier (`riêng hàng trên 20 kg tính theo bảng giá riêng`), as in set 66.
describeLabelledSet('eval-blind95', 'the ninety-fifth blind set', { sentences: 180, figures: 386 }, [
  'fees-003: hàng trên 20 kg',
]);
// The lead removed one `"occurrence": 2` the scorer refused before the run (crowd-006). Known misses: the field of a
// superlative before it (`cao nhất trong danh sách 26 người`), a frame of recent matches (`Tính riêng 5 trận gần nhất,`;
// the same set counts `chưa thắng trong 8 trận gần nhất`, which stays a miss), teams tied for a place after a comma.
describeLabelledSet('eval-blind93', 'the ninety-third blind set', { sentences: 180, figures: 431 }, [
  'athlete-001: 26 người',
  'goals-009: 5 trận gần nhất',
]);
// Known miss: a point in time at a clause's end with no figure before it (`đã thoát nghèo sau 2 năm.`), as in set 81.
describeLabelledSet('eval-blind94', 'the ninety-fourth blind set', { sentences: 180, figures: 385 }, [
  'diaphuong-011: 2 năm',
]);
// Known miss: a numbered unit's long name before a verb (`Tiểu đoàn bộ binh dự bị động viên 2 tập trung tại …`).
describeLabelledSet('eval-blind99', 'the ninety-ninth blind set', { sentences: 180, figures: 384 }, [
  'reserve-006: Tiểu đoàn bộ binh dự bị động viên 2',
]);
describeLabelledSet('eval-blind96', 'the ninety-sixth blind set', { sentences: 180, figures: 382 }, []);
// Known misses: `pound` after a bag or in brackets after a carton's weight (`túi … 1 pound`, `mỗi thùng 22,68 kg (50
// pound)`), the base of a yield after `cứ … cho ra`, `chỉ sau 3 tuần.` (the span of a change after a price; `chỉ` also
// says how fast), the year so far after a list of names, a futures lot (`mỗi lô 10 tấn`).
describeLabelledSet('eval-blind97', 'the ninety-seventh blind set', { sentences: 180, figures: 383 }, [
  'cashew-006: 1 kg',
  'cashew-010: 50 pound',
  'coffee-domestic-009: 3 tuần',
  'coffee-export-014: 10 tháng',
  'pepper-014: 11 tháng',
  'stocks-003: 10 tấn',
]);
// Known misses: a promised payback (`cam kết hoàn vốn sau 6 tháng`), the year so far with no comma (`trong 10 tháng các
// ngân hàng`), an age group after an average in the same sentence, a phone number after a country code in brackets.
describeLabelledSet('eval-blind98', 'the ninety-eighth blind set', { sentences: 180, figures: 393 }, [
  'inv-018: sau 6 tháng',
  'ref-013: trong 10 tháng',
  'onl-015: trên 60 tuổi',
  'res-014: (+855) 81 718 333',
]);
// Known misses: deadlines and terms the law sets (`trong vòng 60 ngày`, `15 ngày làm việc`, `chưa đủ 5 năm`, `trong tối
// thiểu 5 năm`, `hợp đồng thuê tối thiểu 5 năm`, `Thời hạn cho thuê … là 5 năm`), funds named by their rate (`quỹ đất
// 20%`, `kinh phí công đoàn 2%`).
describeLabelledSet('eval-blind100', 'the hundredth blind set', { sentences: 200, figures: 382 }, [
  'delay-015: trong vòng 60 ngày',
  'land-001: quỹ đất 20%',
  'land-017: quỹ đất 20%',
  'land-017: quỹ đất 20%',
  'local-020: 15 ngày làm việc',
  'price-008: chưa đủ 5 năm',
  'price-019: trong tối thiểu 5 năm',
  'rent-003: hợp đồng thuê tối thiểu 5 năm',
  'rent-019: là 5 năm',
  'worker-011: kinh phí công đoàn 2%',
]);
// Known misses: the distance a cost is given for (`cho quãng đường 1.000 km`), "the two named" (`hai mẫu Sealion 6 và
// Atto 2`, `của hai mẫu`; counted, like `Ba mã STB, MBB và TCB`).
describeLabelledSet('eval-blind101', 'the hundred-and-first blind set', { sentences: 180, figures: 386 }, [
  'fuel-002: quãng đường 1.000 km',
  'price-006: hai mẫu',
  'sales-012: hai mẫu',
]);
describeLabelledSet('eval-blind102', 'the hundred-and-second blind set', { sentences: 180, figures: 383 }, []);
// The lead renamed the ids `diem10-NNN` to `diem-muoi-NNN` before the run (a format fix). Known miss: a threshold with
// its consequence more than five words on (`từ 0,5 điểm trở lên giữa hai lần chấm thì phải …`).
describeLabelledSet('eval-blind103', 'the hundred-and-third blind set', { sentences: 180, figures: 388 }, [
  'phuckhao-009: từ 0,5 điểm trở lên',
]);
describeLabelledSet('eval-blind104', 'the hundred-and-fourth blind set', { sentences: 180, figures: 383 }, []);
// The lead removed one `"occurrence": 2` the scorer refused before the run (homestays-013).
// tourism at home: the remaining trap hits are known misses
// (its README and docs/figure-conventions.md list them).
describeLabelledSet('eval-blind105', 'the hundred-and-fifth blind set', { sentences: 180, figures: 382 }, [
  'tours-014: nhóm 4 người',
]);
// hospitals and surgery: the remaining trap hits are known misses
// (its README and docs/figure-conventions.md list them).
describeLabelledSet('eval-blind106', 'the hundred-and-sixth blind set', { sentences: 180, figures: 381 }, [
  'cho-kham-007: không quá 2 giờ',
  'xuat-vien-014: trong vòng 30 ngày',
]);
// fires and rescues: the remaining trap hits are known misses
// (its README and docs/figure-conventions.md list them).
describeLabelledSet('eval-blind107', 'the hundred-and-seventh blind set', { sentences: 180, figures: 381 }, [
  'forest-013: 2 huyện',
  'inspect-006: 15 ngày làm việc',
]);
// ports and shipping: the remaining trap hits are known misses
// (its README and docs/figure-conventions.md list them).
describeLabelledSet('eval-blind108', 'the hundred-and-eighth blind set', { sentences: 180, figures: 381 }, [
  'fees-011: trong 11 tháng',
  'logistics-018: 1 container',
]);
// The lead removed one `"occurrence": 2` the scorer refused before the run (super-007).
// food safety and markets: the remaining trap hits are known misses
// (its README and docs/figure-conventions.md list them).
describeLabelledSet('eval-blind109', 'the hundred-and-ninth blind set', { sentences: 183, figures: 387 }, [
  'fish-002: 800 g - 1 kg/con',
  'fish-004: dưới 30 kg',
  'pork-005: 100 kg',
  'pork-013: từ 2 kg trở lên',
  'super-008: từ 500.000 đồng trở lên',
]);
// children and families: the remaining trap hits are known misses
// (its README and docs/figure-conventions.md list them).
describeLabelledSet('eval-blind110', 'the hundred-and-tenth blind set', { sentences: 180, figures: 382 }, [
  'adoption-015: 9 tháng',
  'births-007: 33 tuần',
  'orphans-014: khối A00',
  'vaccine-015: 24 giờ',
]);
// science, space and climate abroad: the remaining trap hits are known misses
// (its README and docs/figure-conventions.md list them).
describeLabelledSet('eval-blind111', 'the hundred-and-eleventh blind set', { sentences: 180, figures: 407 }, [
  'emission-016: 1 tấn xi măng',
  "explore-001: Chang'e 6",
  'explore-006: Hai phi hành gia',
  'explore-012: ca 6 tháng',
  'finance-008: sau 2 năm',
  'heat-010: ít nhất một năm',
  'heat-016: 10 năm nóng nhất',
  'science-014: khoảng 290 triệu năm sau',
  'science-017: 20 độ',
  'solarwind-019: 6 trên 10 nhà sản xuất',
]);
describeLabelledSet('eval-blind112', 'the hundred-and-twelfth blind set', { sentences: 180, figures: 471 }, []);
// The lead wrote exact quotients for three rounded fraction values before the run (a format fix).
// Ethnic minorities and mountain communes: the remaining trap hits are known misses (its README and
// docs/figure-conventions.md list them).
describeLabelledSet('eval-blind113', 'the hundred-and-thirteenth blind set', { sentences: 180, figures: 471 }, [
  'dantoc-005: ba năm trước',
  'datdai-005: 7 khẩu',
  'giaothong-007: 1 km',
  'miennui-005: sau 10 năm',
  'miennui-017: sau 4 năm',
  'nuocsach-003: 10 m3',
  'nuocsach-013: sau 2 năm',
]);
// Labour safety: the remaining trap hits are known misses (its README and
// docs/figure-conventions.md list them).
describeLabelledSet('eval-blind114', 'the hundred-and-fourteenth blind set', { sentences: 180, figures: 402 }, [
  'khamsuckhoe-012: sau 10 năm làm việc',
]);
// The lead removed one `"occurrence": 2` the scorer refused before the run (pit-003).
// Tax revenue: the remaining trap hits are known misses (its README and
// docs/figure-conventions.md list them).
describeLabelledSet('eval-blind115', 'the hundred-and-fifteenth blind set', { sentences: 180, figures: 411 }, [
  'einv-006: 300 hóa đơn',
  'einv-006: 5.000 hóa đơn',
  'land-010: tối đa 5 năm',
  'pit-002: 7 bậc',
  'pit-002: 5 bậc',
  'pit-014: từ 183 ngày trở lên',
  'debt-015: 90 ngày',
  'refund-004: 6 ngày làm việc',
  'refund-004: 40 ngày',
  'refund-015: hai nhóm',
]);
// Air pollution and waste: the remaining trap hits are known misses (its README and
// docs/figure-conventions.md list them).
describeLabelledSet('eval-blind116', 'the hundred-and-sixteenth blind set', { sentences: 180, figures: 382 }, [
  'air-pm-018: 5 phút',
  'recycling-012: 1 tấn giấy',
]);
// Airports and air travel: the remaining trap hits are known misses (its README and
// docs/figure-conventions.md list them).
describeLabelledSet('eval-blind117', 'the hundred-and-seventeenth blind set', { sentences: 180, figures: 390 }, [
  'cao-diem-012: trước 3 tháng',
  'cham-huy-011: ít nhất 24 giờ',
  'dau-tu-002: Giai đoạn 1',
  'duong-bang-013: đầu 29',
  'duong-bay-001: A321neo 230 ghế',
  'duong-bay-011: ít nhất 30 ngày',
  'gia-ve-005: cả 4 người',
]);
// Weather and heatwaves: the remaining trap hits are known misses (its README lists them).
describeLabelledSet('eval-blind118', 'the hundred-and-eighteenth blind set', { sentences: 180, figures: 382 }, [
  'power-017: 3 kW',
  'storm-019: 17,2°N',
]);
// Students' finances: the remaining trap hits are known misses (its README lists them).
describeLabelledSet('eval-blind119', 'the hundred-and-nineteenth blind set', { sentences: 200, figures: 387 }, [
  'duhoc-012: học bổng 100%',
  'hocbong-018: TOEFL iBT từ 79 trở lên',
  'hotro-003: 2 lần thời gian đào tạo',
  'hotro-009: 1 lần',
  'hotro-013: khối B',
  'ktx-002: phòng 8 người',
  'lamthem-009: 300K/ngày',
  'vieclam-018: sau 5 năm đi làm',
]);
// Garments, footwear and wood: the remaining trap hits are known misses (its README lists them).
describeLabelledSet('eval-blind120', 'the hundred-and-twentieth blind set', { sentences: 180, figures: 383 }, [
  'exports-002: ba nhóm hàng',
  'exports-020: 10 tháng',
  'hiring-003: đủ 3 tháng',
  'hiring-017: ca 1',
  'hiring-017: ca 2',
  'hours-010: 2 ca/ngày',
  'layoffs-016: trong vòng 3 tháng',
]);
// Drug trafficking: the remaining trap hits are known misses (its README lists them).
describeLabelledSet('eval-blind121', 'the hundred-and-twenty-first blind set', { sentences: 180, figures: 383 }, [
  'venue-011: 1 bàn 5 người',
  'venue-011: 1 bàn 5 người',
  'venue-012: Đoàn kiểm tra liên ngành 814',
]);
// The lead corrected seven `triệu tỷ` values after the run (10^18 to 10^15).
// Banking results and bad debts: the remaining trap hits are known misses (its README lists them).
describeLabelledSet('eval-blind122', 'the hundred-and-twenty-second blind set', { sentences: 180, figures: 389 }, [
  'chinhanh-009: 100% vốn nước ngoài',
  'chinhanh-013: ít nhất 30 ngày',
  'diaphuong-020: tối đa 36 tháng',
  'giaodichso-009: 5 lần đầu',
  'giaodichso-011: 60 giây',
  'huydong-010: 0%',
  'huydong-015: trong hơn 20 năm',
  'huydong-019: 1 tỷ đồng',
  'huydong-019: 12 tháng',
  'huydong-019: 5%/năm',
  'huydong-019: khoảng 50 triệu đồng',
]);
// Livestock and animal disease: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind123', 'the hundred-and-twenty-third blind set', { sentences: 180, figures: 436 }, [
  'asf-015: 21 ngày',
  'price-002: 100-110 kg/con',
  'price-002: trên 130 kg',
  'price-008: 100 kg',
  'price-012: 3/4 máu Brahman',
  'vaccine-002: 28 ngày',
]);
// Phones, gadgets and the internet: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind124', 'the hundred-and-twenty-fourth blind set', { sentences: 180, figures: 385 }, [
  'apps-008: 6 tài khoản',
  'apps-019: trong vòng 5 phút',
  'broadband-002: 3 bậc',
  'launches-005: 512 GB',
]);
// Land auctions and land prices: no trap hit after its fixes.
describeLabelledSet('eval-blind125', 'the hundred-and-twenty-fifth blind set', { sentences: 180, figures: 390 });
// The Mekong delta in the dry season: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind126', 'the hundred-and-twenty-sixth blind set', { sentences: 180, figures: 386 }, [
  'sluice-020: -4,5 m',
]);
// Traffic enforcement: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind127', 'the hundred-and-twenty-seventh blind set', { sentences: 180, figures: 382 }, [
  'speed-011: đoạn 2 làn xe',
]);
// Charity, blood donation and scholarships: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind128', 'the hundred-and-twenty-eighth blind set', { sentences: 180, figures: 381 }, [
  'hocbong-003: học bổng 100%',
  'thiennguyen-006: quán cơm 5.000 đồng',
]);
// Culture and entertainment: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind129', 'the hundred-and-twenty-ninth blind set', { sentences: 180, figures: 388 }, [
  'mang-005: 48 giờ',
  'mang-011: tối đa 6 tài khoản',
  'phim-012: Atmos 64 kênh',
  'sankhau-009: 28 năm',
]);
// Hydropower, dams and reservoirs: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind130', 'the hundred-and-thirtieth blind set', { sentences: 180, figures: 422 }, [
  'antoandap-005: hai tỉnh',
  'hochua-015: 2 hồ còn lại',
  'taidinhcu-004: sau gần 2 năm',
  'taidinhcu-006: sau gần 15 năm',
]);
// Pharmacies and medicine: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind131', 'the hundred-and-thirty-first blind set', { sentences: 180, figures: 386 }, [
  'dose-004: Vitamin D3 1.000 IU',
  'price-017: Hai loại thuốc',
  'shortage-011: Natri clorid 0,9%',
  'syringe-007: 45 ngày',
  'syringe-019: 350 ml',
  'syringe-019: Bệnh viện Nhân dân 115',
  'tender-019: albumin 20% 50 ml',
  'tender-019: albumin 20% 50 ml',
  'vaccine-007: 20 liều',
  'vaccine-007: 28 ngày',
]);
// School meals and school fees: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind132', 'the hundred-and-thirty-second blind set', { sentences: 180, figures: 385 }, [
  'support-017: 3 bữa chính',
]);
// Wildlife trafficking and forests: no trap hit after its fixes.
describeLabelledSet('eval-blind133', 'the hundred-and-thirty-third blind set', { sentences: 180, figures: 404 });
// Coastal erosion and sea dykes: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind134', 'the hundred-and-thirty-fourth blind set', { sentences: 180, figures: 384 }, [
  'embankment-003: 1 km',
  'mekong-018: 1 công bằng 1.000 m2',
  'mekong-018: 1 công bằng 1.000 m2',
  'north-017: đê biển 1',
]);
// Startups and technology investment: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind135', 'the hundred-and-thirty-fifth blind set', { sentences: 180, figures: 458 }, [
  'aimodel-002: hai phiên bản',
  'aimodel-010: 1 triệu token đầu ra',
  'aimodel-010: 1 triệu token đầu vào',
  'aimodel-013: 3 tỷ tham số',
  'datacentre-017: Hai trung tâm dữ liệu',
  'datacentre-018: 2 vCPU',
  'datacentre-018: 4 GB RAM',
  'local-015: tăng 9 bậc',
  'revenue-018: Fast 500',
  'staff-006: 3-5 năm kinh nghiệm',
]);
// Railways and metro operations: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind136', 'the hundred-and-thirty-sixth blind set', { sentences: 180, figures: 384 }, [
  'fares-011: ít nhất 20 ngày',
  'fares-017: dưới 4 giờ',
  'fares-017: từ 24 giờ trở lên',
  'fares-017: từ 4 đến dưới 24 giờ',
  'track-010: 3 ga còn lại',
  'trains-020: 16 toa',
]);
// Electric vehicles and charging: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind137', 'the hundred-and-thirty-seventh blind set', { sentences: 180, figures: 390 }, [
  'charge-008: từ 10% lên 70%',
  'charge-008: từ 10% lên 70%',
  'charge-015: 7 kW',
  'fee-007: 36 tháng',
  'price-009: 1.500 km/tháng',
  'price-009: trên 3.000 km/tháng',
]);
// Lottery, gambling and betting cases: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind138', 'the hundred-and-thirty-eighth blind set', { sentences: 180, figures: 385 }, [
  'betting-013: 3 tỉnh',
  'lode-003: 1 điểm lô',
  'lottery-011: bao 7 số',
]);
// Parks and city services: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind139', 'the hundred-and-thirty-ninth blind set', { sentences: 180, figures: 383 }, [
  'hotline-008: không quá 7 ngày',
  'hotline-008: trong vòng 2 giờ',
  'light-003: 250 W',
  'park-003: trên 100 năm',
  'tree-002: 1 triệu cây xanh',
]);
// Tobacco, alcohol and public health: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind140', 'the hundred-and-fortieth blind set', { sentences: 180, figures: 388 }, [
  'alcohol-001: 15 tuổi',
  'campaign-011: 5 năm',
  'campaign-017: 3 tháng',
  'ecig-005: 5.000 hơi',
  'seizure-005: 10 bao',
  'seizure-013: 1 bao',
  'tax-005: 20 điếu',
  'tax-013: 20 điếu',
]);
// Rents and boarding rooms: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind141', 'the hundred-and-forty-first blind set', { sentences: 180, figures: 385 }, [
  'inspect-012: 30 ngày',
  'power-004: 1 hộ',
  'power-004: cứ 4 người',
  'power-004: từ 12 tháng trở lên',
  'rent-019: 1 phòng ngủ',
  'rent-019: 2 phòng ngủ',
  'student-003: Phòng dịch vụ 2 người',
  'support-018: từ 1 tháng trở lên',
  'tenant-013: trong vòng 24 giờ',
  'water-001: từ 12 tháng trở lên',
]);
// Mobile money and QR payments: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind142', 'the hundred-and-forty-second blind set', { sentences: 180, figures: 383 }, [
  'accounts-005: 6868',
  'accounts-005: 8888',
  'bankapp-010: trên 50 tuổi',
  'fraud-020: 30 phút sau khi bị lừa',
]);
// Fishing villages and salt: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind143', 'the hundred-and-forty-third blind set', { sentences: 180, figures: 383 }, [
  'boats-019: trên 400 CV',
  'income-020: 40 kg',
  'salt-004: 50 kg',
  'shelter-004: dưới 400 CV',
  'shelter-015: từ 400 CV trở lên',
]);
// Sports events in provinces: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind144', 'the hundred-and-forty-fourth blind set', { sentences: 180, figures: 387 }, [
  'ages-010: 16-19',
  'ages-010: 70 trở lên',
  'ages-015: cao nhất 31',
  'ages-015: thấp nhất 18',
  'crowd-014: 13 vòng đấu',
  'marathon-016: 100 km',
  'medals-015: sau 12 năm',
  'prize-011: 3 băng',
  'records-019: 1.000 khung hình/giây',
]);
// Prisons, amnesty and legal aid: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind145', 'the hundred-and-forty-fifth blind set', { sentences: 180, figures: 418 }, [
  'amnesty-003: không ít hơn 1 năm',
  'amnesty-003: ít nhất 1/3 thời gian',
  'amnesty-019: sau 12 tháng',
  'auction-013: 90 ngày',
  'detention-005: không quá 2 tháng',
  'detention-005: không quá 3 tháng',
  'legalaid-018: 24 tháng',
  'probation-003: từ 2 lần trở lên',
  'probation-017: ít nhất một phần hai',
  'reduction-003: không dưới 1/2 mức hình phạt',
  'reduction-003: ít nhất 1/3 thời gian',
  'reintegrate-008: 3 tháng',
]);
// Rural markets and craft villages: the remaining trap hits are known misses or recorded disagreements (its README lists them).
describeLabelledSet('eval-blind146', 'the hundred-and-forty-sixth blind set', { sentences: 180, figures: 385 }, [
  'langhoa-007: 10 cành',
  'langnghe-012: gia đình 5 người',
  'lua-005: 1 m lụa',
]);
describeLabelledSet('eval-blind147', 'the hundred-and-forty-seventh blind set', { sentences: 180, figures: 387 });
describeLabelledSet('eval-blind148', 'the hundred-and-forty-eighth blind set', { sentences: 180, figures: 393 }, [
  'barge-015: trong 72 giờ',
  'registry-007: hạng ba',
  'registry-011: 6 m',
  'registry-011: 15 CV',
  'riverbus-010: 2 tiếng',
  'riverbus-016: trong 30 ngày',
]);
describeLabelledSet('eval-blind149', 'the hundred-and-forty-ninth blind set', { sentences: 200, figures: 395 }, [
  'complaints-005: sau 2 năm',
  'complaints-013: 60 ngày',
  'life-013: 21 ngày',
  'share-020: 5 công ty',
]);
describeLabelledSet('eval-blind150', 'the hundred-and-fiftieth blind set', { sentences: 180, figures: 384 }, [
  'offering-009: 1.000 đồng',
  'offering-009: 2.000 đồng',
  'parking-020: 2 điểm còn lại',
  'pilgrim-012: 45 chỗ',
  'pilgrim-013: 12 ngày',
]);
describeLabelledSet('eval-blind151', 'the hundred-and-fifty-first blind set', { sentences: 180, figures: 384 }, [
  'licence-008: từ 12 tháng trở lên',
  'online-007: ba nhóm hàng bị khiếu nại nhiều nhất',
  'online-010: sạch mụn sau 7 ngày',
  'recall-006: trong vòng 30 ngày',
  'surgery-007: trong vòng 3 tháng',
]);
describeLabelledSet('eval-blind152', 'the hundred-and-fifty-second blind set', { sentences: 180, figures: 390 }, [
  'books-015: 7 tập',
  'fairs-009: 210 số',
]);
describeLabelledSet('eval-blind153', 'the hundred-and-fifty-third blind set', { sentences: 200, figures: 385 }, [
  'classsize-009: 2 ca',
  'classsize-019: 5 quận, huyện',
  'meal-012: trong 24 giờ',
  'ratio-009: 1 cô giáo',
]);
describeLabelledSet('eval-blind154', 'the hundred-and-fifty-fourth blind set', { sentences: 180, figures: 469 }, [
  'hanhan-003: tưới 5 ngày, nghỉ 10 ngày',
  'hanhan-003: tưới 5 ngày, nghỉ 10 ngày',
  'hochua-014: lúa 2 vụ',
  'phi-011: ít nhất 1 vụ lúa',
  'suachua-017: Hai tuần sau lũ',
  'trambom-010: 15 CV',
]);
describeLabelledSet('eval-blind155', 'the hundred-and-fifty-fifth blind set', { sentences: 180, figures: 416 }, [
  'giamsat-008: 9 tháng',
  'ungcu-006: 10 ngày',
]);
describeLabelledSet('eval-blind156', 'the hundred-and-fifty-sixth blind set', { sentences: 180, figures: 386 }, [
  'allowance-009: 20 lần mức chuẩn',
  'checkup-015: 3 tỉnh',
  'insurance-009: 3 lần/tuần',
  'pension-010: 20 năm đóng',
]);
describeLabelledSet('eval-blind157', 'the hundred-and-fifty-seventh blind set', { sentences: 180, figures: 420 }, [
  'ocop-011: từ 90 điểm trở lên',
  'prices-010: 1 m2',
  'specialty-007: 5 hộ đầu tiên',
  'specialty-015: sau 6 tháng nuôi',
  'specialty-018: khoảng 20.000 trứng',
]);
describeLabelledSet('eval-blind158', 'the hundred-and-fifty-eighth blind set', { sentences: 200, figures: 400 }, [
  'tongket-020: 1 lần',
]);
describeLabelledSet('eval-blind159', 'the hundred-and-fifty-ninth blind set', { sentences: 180, figures: 394 }, [
  'chungchi-016: từ 5 trở lên',
  'hocnghe-011: 2 buổi/tuần',
  'hotro-007: 1 năm kể từ ngày xuất ngũ',
  'truong-004: dưới 3 tháng',
  'tuyensinh-003: dưới 3 tháng',
  'vieclam-009: khóa 12',
]);
describeLabelledSet('eval-blind160', 'the hundred-and-sixtieth blind set', { sentences: 180, figures: 382 }, [
  'giathue-012: 90 ngày',
  'nhaoxh-012: 6-8 người',
  'nhaoxh-015: quỹ đất 20%',
]);
describeLabelledSet('eval-blind161', 'the hundred-and-sixty-first blind set', { sentences: 180, figures: 387 }, [
  'chatluong-009: 1 lần/quý',
  'congtrinh-014: 15 năm',
  'gianuoc-004: hộ 4 người',
  'gianuoc-020: 10 m3',
]);
describeLabelledSet('eval-blind162', 'the hundred-and-sixty-second blind set', { sentences: 180, figures: 383 }, [
  'delivery-008: dưới 2 km',
  'franchise-007: thời hạn tối thiểu 3 năm',
  'habits-004: 35-44 tuổi',
  'openings-007: 2 mặt tiền',
  'openings-007: hợp đồng tối thiểu 10 năm',
  'openings-013: 100 m2',
  'prices-014: 500g',
  'revenue-020: cả bốn doanh nghiệp',
]);
describeLabelledSet('eval-blind163', 'the hundred-and-sixty-third blind set', { sentences: 180, figures: 392 }, [
  'eyeexam-009: 7/10',
  'eyehosp-004: trong 1 năm',
  'eyehosp-007: sau 3 tháng',
  'glasses-002: chiết suất 1.56',
  'glasses-007: sau 6 tháng',
  'glasses-012: 2 lớp phủ',
  'glasses-012: bảo hành 12 tháng',
  'myopia-008: kính cận 3 độ',
  'myopia-010: Atropine 0,01%',
  'myopia-015: 9-14 tuổi',
  'oral-003: fluor 0,2%',
]);
describeLabelledSet('eval-blind164', 'the hundred-and-sixty-fourth blind set', { sentences: 180, figures: 383 }, [
  'ashes-002: trong 50 năm',
  'ashes-006: 4 hũ',
  'burialaid-004: từ đủ 12 tháng trở lên',
  'burialaid-020: 10 lần',
  'coffin-005: gồm 7 món',
  'coffin-012: mỗi bộ 10 chiếc',
  'coffin-019: gồm 2 ngày quàn',
  'funeralhome-013: quá 3 ngày',
  'reform-002: không quá 48 giờ',
  'reform-002: trong 24 giờ',
  'reform-009: 2 địa phương còn lại',
]);
describeLabelledSet('eval-blind165', 'the hundred-and-sixty-fifth blind set', { sentences: 180, figures: 385 }, [
  'etc-017: 2 làn còn lại',
  'hopdong-014: mỗi 3 năm',
  'hopdong-020: Sau 4 lần đàm phán',
  'khieunai-013: trong 9 tháng',
  'phi-010: trên 50 ghế',
]);
describeLabelledSet('eval-blind166', 'the hundred-and-sixty-sixth blind set', { sentences: 180, figures: 387 }, [
  'fees-001: đến 500 g',
  'fees-003: thư đến 20 g',
  'fees-005: cồng kềnh trên 30 kg',
  'fees-012: kiện hàng 25 kg',
  'fees-019: dưới 2 kg',
  'fees-019: từ 2 kg trở lên',
  'intl-006: lá thư 20 g',
  'intl-012: 5 kg đầu tiên',
  'lost-019: hộp carton 5 lớp',
  'parcels-008: 5 doanh nghiệp lớn nhất',
  'pensions-019: sau 12 tháng',
]);
describeLabelledSet('eval-blind167', 'the hundred-and-sixty-seventh blind set', { sentences: 180, figures: 383 }, [
  'giadichvu-009: 7 bệnh',
  'giadichvu-009: 4 bệnh',
  'phongkham-015: trên 5 năm',
  'quanly-013: ít nhất 30 ngày',
  'thucan-004: 20 kg',
  'thucan-020: 2 năm',
  'tuvong-002: 3 tháng trước',
]);
describeLabelledSet('eval-blind168', 'the hundred-and-sixty-eighth blind set', { sentences: 180, figures: 387 }, [
  'catbien-002: sau 6 tháng',
  'daugia-017: 12 tháng',
  'giacat-003: 10 khối',
  'giayphep-014: thời gian khai thác 7 năm',
  'giayphep-016: 2 mỏ còn lại',
  'vanchuyen-009: 4 chân',
  'xuphat-016: 400 tấn',
]);
describeLabelledSet('eval-blind169', 'the hundred-and-sixty-ninth blind set', { sentences: 189, figures: 381 }, [
  'cases-010: trong vòng 10 phút',
  'fees-018: dưới 10 km',
  'firstaid-002: thời hạn 2 năm',
  'firstaid-016: 3 tháng',
  'heart-020: trong vòng 90 phút',
  'stroke-003: sau 3 tháng',
  'stroke-012: dưới 40 tuổi',
]);
describeLabelledSet('eval-blind170', 'the hundred-and-seventieth blind set', { sentences: 180, figures: 386 }, [
  'capbang-019: 8 chỗ',
  'capbang-019: 3.500 kg',
  'daotao-009: 1-2 buổi',
  'lephi-009: 20 phút',
  'online-002: không quá 5 ngày làm việc',
  'quocte-002: không quá 3 năm',
  'quocte-008: gần 6 tháng',
  'thisinh-003: 120 tình huống',
  'thuhoi-012: ít nhất 6 tháng',
  'thuhoi-016: 12 điểm',
  'trudiem-012: giới hạn 80 km/h',
]);
describeLabelledSet('eval-blind171', 'the hundred-and-seventy-first blind set', { sentences: 180, figures: 331 }, [
  'dulieu-020: sau 7 ngày phun',
  'huuco-017: 25-30',
  'phanbon-009: 360 m2',
  'phanbon-012: 1 kg',
]);
describeLabelledSet('eval-blind172', 'the hundred-and-seventy-second blind set', { sentences: 180, figures: 352 }, [
  'cuoihoi-011: 30 bàn',
  'dichvu-012: 4 người',
  'dichvu-019: 30 ngày',
  'tiec-006: 6 người/mâm',
  'tiec-009: 1 món tráng miệng',
  'tiec-009: 2 món khai vị',
  'tiec-009: 4 món chính',
  'tiec-010: tháng 10 và 11',
  'tiec-011: dưới 60 ngày',
  'tiec-013: 7 ngày',
]);
describeLabelledSet('eval-blind173', 'the hundred-and-seventy-third blind set', { sentences: 180, figures: 402 }, [
  'che-002: 1 tôm 2 lá',
  'che-002: 1 tôm 2 lá',
  'congnhan-008: dưới 3 tháng',
  'ketqua-009: 4 năm',
  'lao-010: 10 năm',
  'lao-017: 4 người',
  'taicanh-012: tầng lá 2',
]);
describeLabelledSet('eval-blind174', 'the hundred-and-seventy-fourth blind set', { sentences: 180, figures: 356 }, [
  'dichvu-009: 100 m2',
  'dichvu-017: 350 lít',
  'giayphep-002: 15 ngày làm việc',
  'quyhoach-011: 5 năm',
  'vipham-010: 3 công trình còn lại',
]);
describeLabelledSet('eval-blind175', 'the hundred-and-seventy-fifth blind set', { sentences: 180, figures: 313 }, [
  'beboi-004: 25 m',
  'hethe-004: 3 ca',
  'hocboi-007: 15 năm kinh nghiệm',
  'truonghoc-008: 50 m',
  'truonghoc-018: 2 tuần',
]);
describeLabelledSet('eval-blind176', 'the hundred-and-seventy-sixth blind set', { sentences: 180, figures: 352 }, [
  'hoadon-005: 4 cột bơm',
  'kiemtra-003: cấp chính xác 0,5',
  'quybinhon-003: 3 kỳ điều hành tiếp theo',
]);
describeLabelledSet('eval-blind177', 'the hundred-and-seventy-seventh blind set', { sentences: 180, figures: 346 }, [
  'quanly-013: 1,2 lần',
  'thuephi-010: 3 mức',
  'vesinh-015: 2 buồng',
  'xuphat-010: quá 30 ngày',
]);
describeLabelledSet('eval-blind178', 'the hundred-and-seventy-eighth blind set', { sentences: 180, figures: 364 }, [
  'giaithe-002: 12 tháng',
  'lienket-015: 3 vụ',
  'ocop-003: từ 90 điểm trở lên',
]);
describeLabelledSet('eval-blind179', 'the hundred-and-seventy-ninth blind set', { sentences: 180, figures: 353 }, [
  'chebien-008: ẩm 50%',
  'miaduong-002: 10 CCS',
  'muoi-003: 1.000 m2',
  'nhamay-014: 5 năm thực hiện',
  'nhamay-014: liên kết 4 nhà',
  'nhamay-015: 3-5 năm kinh nghiệm',
  'nongdan-018: không quá 15 ngày',
  'thitruong-016: 112.000 pound',
  'thitruong-016: 50,8 tấn',
]);
describeLabelledSet('eval-blind180', 'the hundred-and-eightieth blind set', { sentences: 180, figures: 416 }, [
  'taixe-006: 5 năm',
  'taixe-007: 2 ca/ngày',
  'taixe-014: 2 buổi',
  'tramdung-004: 300 m',
  'tramdung-004: 700 m',
  'trogia-002: 15 km',
  'trogia-002: 15 km',
  'trogia-002: 25 km',
  'xedien-019: 100%',
  'xedien-019: 20%',
]);
describeLabelledSet('eval-blind181', 'the hundred-and-eighty-first blind set', { sentences: 180, figures: 323 }, [
  'giay-004: carton 5 lớp',
  'giay-013: 1 tấn',
  'phelieu-018: 6063',
  'taiche-008: 1 tấn',
]);
describeLabelledSet('eval-blind182', 'the hundred-and-eighty-second blind set', { sentences: 180, figures: 330 }, [
  'dongphuc-011: 100%',
  'dungcu-001: 96 trang',
  'dungcu-009: 70 gsm',
  'dungcu-019: 12 món',
  'mualaptop-009: 64 GB',
  'quyengop-008: 3 tháng',
  'xuatban-015: ít nhất 10 ngày',
]);
describeLabelledSet('eval-blind183', 'the hundred-and-eighty-third blind set', { sentences: 180, figures: 398 }, [
  'benhsoi-013: 1 mũi',
  'khaosat-004: 4 nhóm thực phẩm',
  'khaosat-010: 24 giờ',
  'sosinh-010: 5 bệnh',
  'sosinh-014: 1 lồng ấp',
  'sosinh-014: 2 trẻ',
  'suydinh-010: ba tháng',
  'tiemchung-007: 3 liều',
  'vichat-006: 1 tháng sau sinh',
  'vichat-020: 2 lần/năm',
]);
describeLabelledSet('eval-blind184', 'the hundred-and-eighty-fourth blind set', { sentences: 180, figures: 345 }, [
  'dinhgia-005: từ 1,1 đến 1,4',
  'dinhgia-019: khu vực 1',
  'hoso-002: 10 ngày làm việc',
  'hoso-020: 3 ca',
  'thue-014: không quá 3 lần',
  'thue-014: trên 3 lần',
]);
describeLabelledSet('eval-blind185', 'the hundred-and-eighty-fifth blind set', { sentences: 180, figures: 333 }, [
  'chebien-002: -18 độ C',
  'chebien-003: 1 kg',
  'chebien-007: 10 kg',
  'giaca-009: 2,5 kg trở lên',
  'giaca-009: dưới 2 kg',
  'giaca-017: chín cây',
  'vaithieu-016: 3 loại',
  'vaithieu-016: 38 quả/kg',
  'vaithieu-016: 39 đến 45 quả/kg',
  'vaithieu-016: trên 45 quả/kg',
]);
describeLabelledSet('eval-blind186', 'the hundred-and-eighty-sixth blind set', { sentences: 180, figures: 331 }, [
  'binhgas-019: 12 kg',
  'cuahang-005: 5 năm',
  'tieuthu-007: 3-4 người',
  'tieuthu-014: 4 người',
]);
describeLabelledSet('eval-blind187', 'the hundred-and-eighty-seventh blind set', { sentences: 180, figures: 361 }, [
  'causo-009: 15,2 mm',
  'kiemdinh-014: dưới 150 kg',
  'thicong-007: Tổng công ty 319',
  'thicong-017: gói thầu số 8',
]);
describeLabelledSet('eval-blind188', 'the hundred-and-eighty-eighth blind set', { sentences: 180, figures: 299 }, [
  'hocphi-010: 8 buổi',
  'hocphi-016: 5-7 em',
  'hocphi-016: trên 30 em',
  'phuhuynh-016: 12 năm phổ thông',
  'quydinh-010: ít nhất 15 ngày',
  'quydinh-019: từ 2 lần trở lên',
  'thicu-006: 10 điểm',
  'thicu-007: 850 điểm',
  'thicu-012: đạt 10',
]);
describeLabelledSet('eval-blind189', 'the hundred-and-eighty-ninth blind set', { sentences: 180, figures: 368 }, [
  'canhbao-011: 14 giờ',
  'chayrung-003: 3 ngày đêm',
  'kiemlam-002: 1 kiểm lâm viên',
  'kiemlam-010: 3 xã còn lại',
  'thiethai-014: 1 ha',
  'trongrung-002: từ 25 cm trở lên',
  'vipham-008: 5 bị cáo còn lại',
]);
describeLabelledSet('eval-blind190', 'the hundred-and-ninetieth blind set', { sentences: 180, figures: 361 }, [
  'duan-012: giai đoạn 1',
  'kcn-003: 2 bậc',
  'kcn-004: 2 KCN còn lại',
  'kcn-011: PAC 31%',
  'kcn-015: 4 trạm còn lại',
  'nhamay-020: 50 m3/ngày đêm',
  'onhiem-012: VILAS 268',
  'phi-020: gần 2 tháng',
  'suco-003: 30 ngày',
  'tyle-004: 3 ngăn',
  'vondautu-012: 1 m3/ngày đêm',
]);
describeLabelledSet('eval-blind191', 'the hundred-and-ninety-first blind set', { sentences: 180, figures: 307 }, [
  'huanluyen-005: Điện lực 3',
  'huanluyen-006: 3 ngày',
  'huanluyen-015: 10 giây',
  'huanluyen-019: 5 năm',
  'huanluyen-020: 3 ca trực',
  'quydinh-004: 3 năm',
  'quydinh-014: 15 ngày làm việc',
  'quydinh-015: 2 lần',
]);
describeLabelledSet('eval-blind192', 'the hundred-and-ninety-second blind set', { sentences: 180, figures: 356 }, [
  'laisuat-008: Sau 4 lần giảm liên tiếp',
  'tindung-003: tối đa 55 ngày',
  'tindung-004: 16 số',
  'tindung-015: kỳ hạn 3, 6 hoặc 12 tháng',
  'vayonline-002: ViVay 5 phút',
  'vayonline-016: tối đa 2 năm',
  'xuphat-018: trong vòng 30 ngày',
]);
describeLabelledSet('eval-blind193', 'the hundred-and-ninety-third blind set', { sentences: 180, figures: 347 }, [
  'chebien-006: 2-8 độ C',
  'chinhsach-016: 4 năm',
  'hoptac-004: 2 lần/năm',
  'hoptac-012: 3 năm liên tục',
  'kiemnghiem-017: 30 ngày',
  'kiemnghiem-018: 100% thảo dược',
  'thitruong-003: 200 g',
  'thitruong-016: 100 năm',
  'thuocnam-003: trên 60 tuổi',
  'thuocnam-019: 5 địa phương',
]);
describeLabelledSet('eval-blind194', 'the hundred-and-ninety-fourth blind set', { sentences: 180, figures: 361 }, [
  'chungcucu-003: từ 1 đến 2 lần',
  'dichvu-004: 6 bậc',
  'dichvu-017: tối thiểu 2 giờ',
  'dichvu-018: sau 2 tháng triển khai',
  'hoinghi-005: 1 phiếu',
  'hoinghi-007: không quá 3 phút',
  'khaosat-019: 1 lần',
  'khaosat-019: 2 lần/năm',
  'suachua-005: trong 45 ngày',
]);
