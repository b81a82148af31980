# Lacunes: the API and the web client on port 3000.
# Embedded database by default, kept in the /data volume; set DATABASE_URL=postgres://user:pass@host:5432/db
# to use a PostgreSQL/PostGIS server instead (docker-compose.yml does). tests/container checks this file.

# 1. The web client, built with Vite (dev dependencies live only in this stage).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY client ./client
COPY core ./core
RUN npm run build

# 2. Production dependencies only (tsx runs the TypeScript sources, as `npm start` does).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. The runtime: sources, reference geodata, built client; runs as the unprivileged `node` user.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    LACUNES_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY core ./core
COPY etl ./etl
COPY server ./server
COPY geodata ./geodata
COPY scripts ./scripts
COPY --from=build /app/client/dist ./client/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# The first start on an empty volume loads the reference geodata and the demo: allow it a few minutes.
HEALTHCHECK --interval=30s --timeout=5s --start-period=300s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Node itself as the main process (not npm and a shell), so `docker stop` (SIGTERM) reaches the server,
# which closes the embedded database cleanly.
CMD ["node", "--import", "tsx", "server/main.ts"]
