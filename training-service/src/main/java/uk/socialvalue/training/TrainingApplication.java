package uk.socialvalue.training;

import org.springframework.boot.SpringApplication;

import uk.socialvalue.support.SvukService;

/** training-service: the course catalogue, sessions, bookings and waiting lists. */
@SvukService
public class TrainingApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrainingApplication.class, args);
    }
}
