# Production image: the API serving the built web app. Build: docker build -t lerend-netwerk .
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build && pnpm deploy --filter @ln/api --prod /out/api \
  && cp -r apps/api/dist /out/api/dist && mkdir -p /out/web && cp -r apps/web/dist /out/web/dist

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 WEB_DIST_DIR=/app/web/dist
WORKDIR /app
COPY --from=build /out/api /app/api
COPY --from=build /out/web /app/web
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "api/dist/start.js"]
