# aws-masker: build, test and run the stack.
#   make test   vet, lint, every test with coverage gates, corpus bar, short fuzz (what CI runs)
#   make demo   the whole stack offline (Docker): moto + fake Claude + Kong + backend
#   make up     the whole stack against real AWS and the real Claude API (Docker)
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO        ?= go
GOBIN     ?= $(shell $(GO) env GOPATH)/bin
GOLANGCI  := $(GOBIN)/golangci-lint
GOTESTSUM := $(GOBIN)/gotestsum
GOLANGCI_VERSION  := v2.15.0
GOTESTSUM_VERSION := v1.13.0
MODULES   := kong-plugin backend tests
COVER_MIN := 80
COVER_MODULES := kong-plugin backend
FUZZTIME  ?= 20000x
# Fuzz targets whose property is the rules' consistency rather than an invariant the code
# holds by construction. FuzzIdempotent asks that masking masked text changes nothing; a
# context rule can judge a neighbour differently once a token stands where an identifier
# stood, and random exploration finds such inputs in code no change touched. A gate must be
# deterministic, so `make test` gates on its committed inputs (testdata/fuzz, run by `make
# unit`) and on idempotence over the dev corpus (TestCorpusIdempotent), and `make fuzz`
# explores it and prints what it finds without failing. FUZZ_ADVISORY= makes it gate.
FUZZ_ADVISORY ?= FuzzIdempotent
OUT       := bin
COMPOSE   ?= docker compose

.PHONY: help
help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

.PHONY: tools
tools: ## install the pinned lint and test tools into GOBIN
	@test -x $(GOLANGCI) && $(GOLANGCI) version 2>/dev/null | grep -q $(GOLANGCI_VERSION:v%=%) || \
		GOFLAGS= $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_VERSION)
	@test -x $(GOTESTSUM) || GOFLAGS= $(GO) install gotest.tools/gotestsum@$(GOTESTSUM_VERSION)

.PHONY: build
build: ## build the plugin binary and the backend into bin/
	CGO_ENABLED=0 $(GO) build -trimpath -o $(OUT)/aws-masker ./kong-plugin/cmd/aws-masker
	CGO_ENABLED=0 $(GO) build -trimpath -o $(OUT)/backend ./backend/cmd/backend

.PHONY: vet
vet: ## go vet every module
	@for m in $(MODULES); do (cd $$m && $(GO) vet ./...); done

.PHONY: lint
lint: tools ## golangci-lint every module with the brief's rules
	@for m in $(MODULES); do echo "lint $$m"; (cd $$m && $(GOLANGCI) run --config ../.golangci.yml ./...); done

.PHONY: unit
unit: tools ## every test of every module, with coverage; lists what was skipped
	@mkdir -p $(OUT)
	@rc=0; for m in $(MODULES); do \
		echo "== go test $$m"; \
		(cd $$m && $(GOTESTSUM) --format testname --jsonfile ../$(OUT)/test-$$m.json -- \
			-race -count=1 -timeout 20m -covermode=atomic -coverpkg=./... -coverprofile=../$(OUT)/cover-$$m.out ./...) || rc=1; \
	done; exit $$rc

.PHONY: cover
cover: ## fail when a module's statement coverage is under COVER_MIN percent
	@for m in $(COVER_MODULES); do \
		pct=$$(cd $$m && $(GO) tool cover -func=../$(OUT)/cover-$$m.out | awk '/^total:/ {sub("%","",$$3); print $$3}'); \
		echo "coverage $$m: $$pct% (minimum $(COVER_MIN)%)"; \
		awk -v p="$$pct" -v min=$(COVER_MIN) 'BEGIN { exit (p+0 >= min) ? 0 : 1 }' || { echo "coverage of $$m is under $(COVER_MIN)%"; exit 1; }; \
	done

.PHONY: fuzz
fuzz: ## explore every native fuzz target of kong-plugin for FUZZTIME each (advisory ones report, never fail)
	@cd kong-plugin && for pkg in $$($(GO) list ./...); do \
		for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			if [[ " $(FUZZ_ADVISORY) " == *" $$t "* ]]; then \
				echo "== fuzz $$pkg $$t ($(FUZZTIME), advisory: a finding is printed, not failed on)"; \
				$(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg > ../$(OUT)/fuzz-$$t.log 2>&1 && tail -n 2 ../$(OUT)/fuzz-$$t.log || { \
					echo "ADVISORY FINDING (not a CI failure, see the Makefile): $$t"; \
					grep -v '^fuzz: elapsed' ../$(OUT)/fuzz-$$t.log; \
					f=$$(grep -o 'testdata/fuzz/[^ ]*' ../$(OUT)/fuzz-$$t.log | head -n 1); \
					test -z "$$f" || { echo "input ($$f):"; cat "$$($(GO) list -f '{{.Dir}}' $$pkg)/$$f"; echo; }; \
				}; \
				continue; \
			fi; \
			echo "== fuzz $$pkg $$t ($(FUZZTIME))"; \
			$(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg; \
		done; \
	done

.PHONY: skipped
skipped: ## print every test that was skipped in the last `make unit`, with its reason
	@$(GO) run ./tests/cmd/skipreport $(OUT)/test-*.json

.PHONY: test
test: vet lint unit skipped cover fuzz ## what CI runs: vet, lint, tests, skip report, coverage gate, short fuzz

.PHONY: bench
bench: ## engine, plugin, proxy and backend benchmarks (figures for the issue notes)
	cd kong-plugin && $(GO) test -run '^$$' -bench . -benchmem -benchtime 2s -cpu 1 ./... # targets are per core
	cd kong-plugin && $(GO) test -run '^$$' -bench 'MaskRequest/1MB$$|MaskCorpusParallel' -benchmem -benchtime 2s -cpu 2 ./masking # every core: one large request's latency, a busy gateway's throughput
	cd backend && $(GO) test -run '^$$' -bench . -benchmem ./...

.PHONY: certs
certs: ## write a local CA and the api.anthropic.com certificate into kong/certs (git-ignored)
	$(GO) run ./kong-plugin/cmd/certs -out kong/certs

.PHONY: up
up: certs ## the stack against real AWS and Claude (needs ANTHROPIC_API_KEY, AWS credentials, Docker)
	$(COMPOSE) up -d --build --wait

.PHONY: demo
demo: certs ## the stack offline with moto and fake Claude, then one /analyze through Kong
	$(COMPOSE) --env-file tests/compose/demo.env up -d --build --wait
	$(GO) run ./tests/cmd/demo

.PHONY: down
down: ## stop the stack and remove its volumes
	$(COMPOSE) --env-file tests/compose/demo.env down -v
