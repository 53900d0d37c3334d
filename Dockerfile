# One image for every service of docker-compose.yml that is ours (PostgreSQL and Redis use
# their official images): the repository with its dependencies; each service runs one
# TypeScript entry point with `npx tsx <entry>`.
FROM node:20-bookworm-slim

ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# `npx` does not pass SIGTERM on to tsx. Under an init process (compose's `init: true` runs
# tini), this makes tini signal the whole process group, so `docker compose stop` reaches the
# service itself and it shuts down cleanly instead of being killed after the grace period.
ENV TINI_KILL_PROCESS_GROUP=1

WORKDIR /app

# The patches are applied by npm ci (patch-package, in postinstall).
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci

COPY . .

USER node

CMD ["npx", "tsx", "gateway/src/main.ts"]
