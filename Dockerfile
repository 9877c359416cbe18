# One image recipe for the three services and the web portal: docker compose passes SERVICE as a build argument.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN ./mvnw -B -q -pl "${SERVICE}" -am package -DskipTests
# Unpacked by Spring Boot's own tool, classes load from plain jars rather than jars nested in one: a quicker start.
RUN java -Djarmode=tools -jar "${SERVICE}/target/${SERVICE}-exec.jar" extract --destination /unpacked \
    && mv "/unpacked/${SERVICE}-exec.jar" /unpacked/service.jar

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home svuk && mkdir /data && chown svuk /data
COPY --from=build /unpacked /app
USER svuk
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
