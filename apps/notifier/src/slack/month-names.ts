/** The months as alerts write dates ("2 March 2023", "2 Mar 2023, 15:10 UTC"). */
export const monthNames = [
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
