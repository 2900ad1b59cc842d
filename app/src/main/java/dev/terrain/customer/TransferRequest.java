package dev.terrain.customer;

import java.util.List;

/**
 * What a user asks for when transferring customers, as text so that every bad value is named in the answer
 * ({@code customerIds[3]}, {@code toUserId}, {@code mode}, {@code startsOn}, {@code endsOn}).
 *
 * @param customerIds the selection, at most {@link TransferManagement#MAX_CUSTOMERS}
 * @param toUserId    the active rep or supervisor who receives them
 * @param mode        {@code MOVE} (default) or {@code COPY}
 * @param temporary   true for a holiday cover that ends by itself after {@code endsOn}
 * @param startsOn    first day (ISO date); empty means today
 * @param endsOn      last day of a temporary transfer; the customers return the day after
 */
public record TransferRequest(List<String> customerIds, String toUserId, String mode, Boolean temporary,
        String startsOn, String endsOn) {
}
