# The ActorGraph API image: loads the sample corpus on first start, then serves the API and
# the dashboard on :8000.
FROM python:3.11-slim
WORKDIR /srv/actorgraph
# npm installs the dashboard's graph library (Cytoscape.js) from the npm registry.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY pyproject.toml README.md ./
COPY app ./app
COPY loaders ./loaders
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
RUN pip install --no-cache-dir -e .
ENV ACTORGRAPH_HOST=0.0.0.0 ACTORGRAPH_PORT=8000
EXPOSE 8000
# Loading is idempotent, so re-running it on every start never duplicates anything.
CMD ["sh", "-c", "actorgraph load && exec actorgraph serve"]
