import { Args, Query, Resolver } from '@nestjs/graphql';
import { ViewPeriodArgs } from '../metrics/dto/view.args';
import { BookingCapacityService } from './booking-capacity.service';
import { BookingCapacity } from './models/booking-capacity.model';

@Resolver()
export class BookingCapacityResolver {
  constructor(private readonly service: BookingCapacityService) {}

  @Query(() => BookingCapacity, {
    description:
      'Offered slot minutes against booked and attended minutes, idle minutes split into unbooked and no-show, and utilisation',
  })
  bookingCapacity(@Args() args: ViewPeriodArgs): Promise<BookingCapacity> {
    return this.service.bookingCapacity(args);
  }
}
