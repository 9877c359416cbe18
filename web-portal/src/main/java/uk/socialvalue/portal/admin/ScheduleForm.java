package uk.socialvalue.portal.admin;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.portal.pages.FormErrors;

/**
 * When and where something happens, as staff type it: a UK date (day, month, year), start and end times (the end
 * on the next day when it goes on past midnight), and a venue or a joining link. Shared by sessions and meetings. Only whether the date and times can be read is
 * checked here; whether they are in the future and in order is the services' rule.
 */
public class ScheduleForm implements Serializable {

    private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private String day = "";
    private String month = "";
    private String year = "";
    private String startTime = "";
    private String endTime = "";
    private boolean endsNextDay;
    private String venue = "";
    private String onlineUrl = "";

    /** The start and end instants, or the fields that cannot be read. */
    record When(Instant startsAt, Instant endsAt, FormErrors errors) {
    }

    When when() {
        List<FormErrors.FieldMessage> errors = new ArrayList<>();
        Optional<LocalDate> date = UkWallClock.date(day, month, year);
        if (date.isEmpty()) {
            errors.add(new FormErrors.FieldMessage("day", "Enter a real date, for example 3 3 2027"));
        }
        Optional<LocalTime> start = UkWallClock.time(startTime);
        if (start.isEmpty()) {
            errors.add(new FormErrors.FieldMessage("startTime", "Enter the start time, for example 10:00 or 2pm"));
        }
        Optional<LocalTime> end = UkWallClock.time(endTime);
        if (end.isEmpty()) {
            errors.add(new FormErrors.FieldMessage("endTime", "Enter the end time, for example 13:00 or 4:30pm"));
        }
        if (!errors.isEmpty()) {
            return new When(null, null, FormErrors.of(errors));
        }
        LocalDate endDate = endsNextDay ? date.get().plusDays(1) : date.get();
        return new When(UkWallClock.instant(date.get(), start.get()), UkWallClock.instant(endDate, end.get()),
                FormErrors.none());
    }

    /** Fills the date and times with an existing start and end, as staff would type them (UK time). */
    void showTimes(Instant startsAt, Instant endsAt) {
        ZonedDateTime start = startsAt.atZone(UkTime.ZONE);
        day = String.valueOf(start.getDayOfMonth());
        month = String.valueOf(start.getMonthValue());
        year = String.valueOf(start.getYear());
        startTime = start.toLocalTime().format(HOURS_AND_MINUTES);
        ZonedDateTime end = endsAt.atZone(UkTime.ZONE);
        endTime = end.toLocalTime().format(HOURS_AND_MINUTES);
        endsNextDay = end.toLocalDate().isAfter(start.toLocalDate());
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day == null ? "" : day.strip();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month == null ? "" : month.strip();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year == null ? "" : year.strip();
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime == null ? "" : startTime.strip();
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime == null ? "" : endTime.strip();
    }

    public boolean isEndsNextDay() {
        return endsNextDay;
    }

    public void setEndsNextDay(boolean endsNextDay) {
        this.endsNextDay = endsNextDay;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue == null ? "" : venue.strip();
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl == null ? "" : onlineUrl.strip();
    }
}
