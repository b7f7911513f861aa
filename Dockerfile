# ClauseGuard in a container: the contracts folder is mounted, the report goes to standard output.
#   docker build -t clauseguard .
#   docker run --rm -v "$PWD":/contracts clauseguard scan /contracts
#   docker run --rm -v "$PWD":/contracts clauseguard scan /contracts --format sarif -o /contracts/clauseguard.sarif
# Stage 1 builds with the Swift runtime linked in (--static-swift-stdlib); stage 2 is a slim Debian with only the
# three C libraries ClauseGuard reads documents with. The rule pack is compiled into the binary.
ARG SWIFT_IMAGE=swift:6.2-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${SWIFT_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libzip-dev libxml2-dev libpcre2-dev libopencc-dev libpoppler-glib-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Package.swift first, so the dependency checkout is cached until it changes.
COPY Package.swift ./
RUN swift package resolve
COPY . .
RUN swift build -c release --static-swift-stdlib --product clauseguard \
 && install -m 0755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/clauseguard" /usr/local/bin/clauseguard \
 && /usr/local/bin/clauseguard --version

FROM ${RUNTIME_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends libzip4 libxml2 libpcre2-8-0 libopencc1.1 libopencc-data libpoppler-glib8 poppler-data libstdc++6 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin clauseguard
COPY --from=build /usr/local/bin/clauseguard /usr/local/bin/clauseguard
COPY LICENSE /usr/share/doc/clauseguard/LICENSE
# Never root: a hostile contract meets a process that can write nothing outside the mounted folder.
USER clauseguard
WORKDIR /contracts
ENTRYPOINT ["clauseguard"]
CMD ["--help"]
