/** The months as English reports and alerts write them ("2 March 2023", "2 Mar 2023"). */
export const englishMonthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
] as const
