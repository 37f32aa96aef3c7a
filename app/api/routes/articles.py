"""Articles: list, one with its acts, and ingest of new text (API key required)."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from app.api import examples
from app.api.deps import ReaderDep, SettingsDep, StoreDep, WriteKey, found
from app.api.params import NUL_MESSAGE, has_nul
from app.core.errors import ApiError
from app.schemas import ArticlePublic, ArticlesPublic, IngestPublic
from loaders.articles import SourceMeta

router = APIRouter(prefix="/articles", tags=["articles"])


class ArticleIn(BaseModel):
    """New article text and what the caller knows about it (the text may hold a dated header)."""

    text: str = Field(min_length=1, description="The page text; several articles separated by • are split.")
    title: str | None = Field(default=None, max_length=500)
    outlet: str | None = Field(default=None, max_length=200)
    author: str | None = Field(default=None, max_length=200)
    date: str | None = Field(
        default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="Publication date."
    )
    url: str | None = Field(default=None, max_length=2000)


_INGEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": ArticleIn.model_json_schema(),
                "example": {
                    "text": "On 3 March, Azerbaijani police detained two Sputnik reporters in Baku.",
                    "date": "2025-03-04",
                },
            },
            "text/plain": {
                "schema": {"type": "string", "minLength": 1},
                "example": "Moscow banned the Azerbaijani outlet Report.az.",
            },
        },
    }
}


@router.get(
    "", summary="Articles, newest first", responses={**examples.ok(examples.ARTICLES), **examples.errors(422)}
)
def list_articles(
    reader: ReaderDep,
    outlet: Annotated[str | None, Query(max_length=200, description="Only articles of this outlet.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> ArticlesPublic:
    """Articles with how many acts each reports."""
    return reader.articles(outlet, limit, offset)


@router.get(
    "/{article_id}",
    summary="One article with its acts",
    responses={**examples.ok(examples.ARTICLE), **examples.errors(404, 422)},
)
def get_article(reader: ReaderDep, article_id: Annotated[str, Path(max_length=200)]) -> ArticlePublic:
    """The article's text and every act extracted from it, with evidence."""
    return found(reader.article(article_id), "article", article_id)


@router.post(
    "",
    summary="Ingest new article text (needs X-API-Key)",
    dependencies=[WriteKey],
    openapi_extra=_INGEST_BODY,
    responses={
        **examples.ok(examples.INGEST, "Acts created or updated"),
        **examples.errors(400, 401, 403, 413, 415, 422),
    },
)
async def ingest_article(request: Request, store: StoreDep, settings: SettingsDep) -> IngestPublic:
    """Extract and merge the text exactly like `actorgraph load`; returns the acts created or updated."""
    body = await _read_body(request, settings.max_ingest_bytes)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == "application/json":
        try:
            article = ArticleIn.model_validate_json(body)
        except ValidationError as exc:
            raise ApiError(
                422,
                "invalid_request",
                "the JSON body is not a valid article",
                {"errors": exc.errors(include_url=False, include_context=False)},
            ) from None
    elif media_type == "text/plain":
        try:
            article = ArticleIn(text=body.decode("utf-8"))
        except (UnicodeDecodeError, ValidationError):
            raise ApiError(422, "invalid_request", "the body must be non-empty UTF-8 text") from None
    else:
        raise ApiError(415, "unsupported_media_type", "send application/json or text/plain")
    if not article.text.strip():
        raise ApiError(422, "invalid_request", "the article text is empty")
    if has_nul(article.model_dump()):
        raise ApiError(400, "invalid_character", NUL_MESSAGE)
    meta = SourceMeta(date=article.date, outlet=article.outlet, author=article.author, url=article.url)
    text = f"{article.title}\n\n{article.text}" if article.title else article.text
    ingestor = request.app.state.ingestor
    result: IngestPublic = await run_in_threadpool(ingestor.ingest, store, text, meta)
    return result


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "payload_too_large", f"the body is over the {limit}-byte limit", {"limit": limit})
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(
                413, "payload_too_large", f"the body is over the {limit}-byte limit", {"limit": limit}
            )
    return bytes(body)
