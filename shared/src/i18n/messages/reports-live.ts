import { defineMessages } from '../define'

/** The supervisor's live figures beside the report: today so far, this month so far, weekly trends. */
export const reportsLiveMessages = defineMessages({
  'reports.dashboard.title': { ja: '本日の状況（速報）', en: 'Today so far' },
  'reports.dashboard.calls': { ja: '入電', en: 'Calls' },
  'reports.dashboard.answerRate': { ja: '応答率', en: 'Answer rate' },
  'reports.dashboard.talk': { ja: '平均通話', en: 'Avg talk' },
  'reports.dashboard.escalations': { ja: '取次ぎ未回答', en: 'Open escalations' },
  'reports.dashboard.overdue': { ja: 'うち期限超過', en: 'of them overdue' },
  'reports.dashboard.complaints': { ja: '苦情対応中', en: 'Open complaints' },
  'reports.dashboard.bookings': { ja: '本日の交付予約', en: 'Bookings today' },
  'reports.dashboard.heatmap': {
    ja: '曜日×時間帯の入電件数（直近4週間）',
    en: 'Incoming calls by weekday and hour (last four weeks)',
  },
  'reports.dashboard.rateNote': {
    ja: '応答率は着信連携で鳴った電話のうち応答した割合です。',
    en: 'Answer rate: of the calls the telephone service reported ringing, those answered.',
  },
  'reports.month.title': { ja: '今月の実績（前月同期比）', en: 'This month so far against last month' },
  'reports.month.figure': { ja: '項目', en: 'Figure' },
  'reports.month.current': { ja: '今月 {span}', en: 'This month {span}' },
  'reports.month.previous': { ja: '前月 {span}', en: 'Last month {span}' },
  'reports.month.calls': { ja: '入電件数', en: 'Calls' },
  'reports.month.answerRate': { ja: '応答率', en: 'Answer rate' },
  'reports.month.fcr': { ja: '一次回答率', en: 'First-contact resolution' },
  'reports.month.talk': { ja: '平均通話時間', en: 'Average talk time' },
  'reports.month.complaints': { ja: '苦情', en: 'Complaints' },
  'reports.month.bookingsMade': { ja: '交付予約（受付）', en: 'Bookings made' },
  'reports.month.bookingsAttended': { ja: '交付予約（来庁）', en: 'Bookings attended' },
  'reports.month.note': {
    ja: '今月1日から今日まで（今日は現時点まで）と、前月1日から同じ日までの通話記録による速報値です。応答率は着信連携で鳴った電話のうち応答した割合で、月次報告の値とは異なることがあります。',
    en: 'Live figures from the call log: the 1st of this month to today (today so far) against the 1st of last month to the same day. Answer rate: of the calls that rang, those answered; the monthly report may differ.',
  },
  'reports.month.shortNote': {
    ja: '前月は{last}までしかないため、前月は月末までの全日と比べています。今月1日から今日まで（今日は現時点まで）の通話記録による速報値で、月次報告の値とは異なることがあります。',
    en: 'Last month ended on {last}, so this month is compared with the whole of it. Live figures from the call log, the 1st to today (today so far); the monthly report may differ.',
  },
  'reports.trends.title': { ja: '週別の推移（直近{weeks}週）', en: 'Weekly trends (last {weeks} weeks)' },
  'reports.trends.chart': {
    ja: '週別の入電件数の棒グラフ。最も多い週は{max}件、今週はここまで{current}件。数値は下の表にあります。',
    en: 'Bar chart of calls per week. The busiest week had {max}; this week so far {current}. The figures are in the table below.',
  },
  'reports.trends.week': { ja: '週（月曜から）', en: 'Week (from Monday)' },
  'reports.trends.thisWeek': { ja: '今週（途中）', en: 'this week, so far' },
  'reports.trends.weekOf': { ja: '{from}〜', en: 'Week of {from}' },
  'reports.trends.weekOfNow': { ja: '{from}〜（{now}）', en: 'Week of {from} ({now})' },
  'reports.trends.calls': { ja: '入電', en: 'Calls' },
  'reports.trends.answerRate': { ja: '応答率', en: 'Answer rate' },
  'reports.trends.fcr': { ja: '一次回答率', en: 'First-contact resolution' },
  'reports.trends.categories': { ja: '区分別の件数（週別）', en: 'Calls by category per week' },
  'reports.trends.category': { ja: '区分', en: 'Category' },
  'reports.trends.none': { ja: '区分の記録がありません', en: 'No categories logged' },
  'reports.trends.note': {
    ja: '通話記録による速報値です（週は月曜から日曜、東京時間）。応答率は着信連携で鳴った電話のうち応答した割合で、通話明細による月次報告の値とは異なることがあります。',
    en: 'Live figures from the call log (weeks run Monday to Sunday, Tokyo time). Answer rate: of the calls the telephone service reported ringing, those answered; the monthly report, from the call details, may differ.',
  },
})
