REGISTRY ?= registry.acme.io
IMAGE    := $(REGISTRY)/shop/web
TAG      ?= $(shell git rev-parse --short HEAD)
KUBECTL  := kubectl --context prod

.PHONY: deploy image push rollout

deploy: push rollout

image:
	docker build -t $(IMAGE):$(TAG) .

push: image
	docker push $(IMAGE):$(TAG)

rollout:
	$(KUBECTL) set image deployment/web web=$(IMAGE):$(TAG)
	$(KUBECTL) rollout status deployment/web --timeout=5m
