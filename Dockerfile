# Production image: built once, runs `node apps/api/dist/start.js` against DATABASE_URL.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/libs ./libs
COPY --from=build /app/etl ./etl
COPY --from=build /app/apps ./apps
# The embedded PostgreSQL binaries are optional dependencies; production uses DATABASE_URL instead.
RUN npm ci --omit=dev --omit=optional && npm cache clean --force
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/start.js"]
