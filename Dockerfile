# One image recipe for the three services and the web portal: docker compose passes SERVICE as a build argument.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN ./mvnw -B -q -pl "${SERVICE}" -am package -DskipTests

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home svuk && mkdir /data && chown svuk /data
COPY --from=build /src/${SERVICE}/target/${SERVICE}-exec.jar /app/service.jar
USER svuk
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
