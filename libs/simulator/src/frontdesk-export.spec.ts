import { simulateDay, type TicketSimulation } from './frontdesk-export';

const options: TicketSimulation = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2019-01-01',
  to: '2019-12-31',
  seed: 7,
};
const counter = () => {
  let id = 0;
  return () => (id += 1);
};
const day = (date: string, seed = options.seed) =>
  simulateDay(date, { ...options, seed }, counter());

describe(simulateDay.name, () => {
  it('is deterministic by seed', () => {
    expect(day('2019-03-04')).toEqual(day('2019-03-04'));
    expect(day('2019-03-04', 8)).not.toEqual(day('2019-03-04'));
  });

  it('is closed on weekends, Danish holidays and during the spring 2020 COVID closure', () => {
    expect(day('2019-03-09')).toEqual([]); // Saturday
    expect(day('2019-04-18')).toEqual([]); // Skærtorsdag
    expect(day('2019-12-24')).toEqual([]); // Juleaftensdag
    expect(day('2020-04-01')).toEqual([]);
  });

  it('draws tickets within opening hours, busier on Mondays than Fridays', () => {
    const mondays = ['2019-09-02', '2019-09-09', '2019-09-16', '2019-09-23'].flatMap((d) => day(d));
    const fridays = ['2019-09-06', '2019-09-13', '2019-09-20', '2019-09-27'].flatMap((d) => day(d));
    expect(mondays.length).toBeGreaterThan(fridays.length * 1.4);
    for (const ticket of fridays) expect(ticket.createdAt.slice(11, 13) < '13').toBe(true);
  });

  it('makes most tickets booked after mandatory booking, few before', () => {
    const bookedShare = (dates: string[]) => {
      const tickets = dates.flatMap((d) => day(d));
      return tickets.filter((t) => t.ticketType === 'Booket').length / tickets.length;
    };
    expect(bookedShare(['2019-10-01', '2019-10-02', '2019-10-03'])).toBeLessThan(0.2);
    expect(bookedShare(['2021-10-05', '2021-10-06', '2021-10-07'])).toBeGreaterThan(0.75);
  });
});
