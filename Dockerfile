# sitrep as a container: the wheel built from this checkout (it carries config/, the migrations and
# the sample feed), installed into a slim Python image, run as a non-root user with its data on a
# volume. compose.yaml runs it beside PostgreSQL; docs/deployment.md explains both.

# --- build: the same `pip wheel` that tests/deploy/test_wheel.py builds and installs -------------
FROM python:3.12-slim AS build
WORKDIR /src
COPY . .
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

# --- run -------------------------------------------------------------------------------------------
FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl && rm -rf /wheels \
    && useradd --create-home --uid 10001 sitrep \
    && mkdir /data && chown sitrep:sitrep /data
USER sitrep
WORKDIR /data
VOLUME /data
# SQLite on the volume unless SITREP_DB_URL says otherwise (compose.yaml points it at PostgreSQL).
# The health, readiness and metrics endpoints (and Slack HTTP mode's /slack/events) listen on 3000,
# on every interface of the container: publish the port only where it should be reached.
ENV SITREP_DB_URL=sqlite+aiosqlite:////data/sitrep.db \
    SITREP_HTTP_PORT=3000 \
    SITREP_HTTP_HOST=0.0.0.0
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ['SITREP_HTTP_PORT'], timeout=4)"]
ENTRYPOINT ["sitrep"]
CMD ["run"]
