FROM golang:1.22-bookworm AS build
ARG VERSION=dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags "-s -w -X main.version=${VERSION}" -o /out/relay ./cmd/relay

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/relay /usr/local/bin/relay
EXPOSE 8443
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/relay"]
CMD ["--config", "/etc/relay/config.yaml"]
