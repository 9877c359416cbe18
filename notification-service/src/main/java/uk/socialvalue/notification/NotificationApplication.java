package uk.socialvalue.notification;

import org.springframework.boot.SpringApplication;

import uk.socialvalue.support.SvukService;

/** notification-service: the emails the platform's events cause, sent and recorded. */
@SvukService
public class NotificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }
}
