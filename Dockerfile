# The ActorGraph API image: loads the sample corpus on first start, then serves :8000.
FROM python:3.11-slim
WORKDIR /srv/actorgraph
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
