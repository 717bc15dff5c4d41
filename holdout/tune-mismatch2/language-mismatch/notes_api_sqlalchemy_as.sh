from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import DateTime, ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

engine = create_engine("sqlite:///./notes.db", connect_args={"check_same_thread": False})


class Base(DeclarativeBase):
    pass


class Notebook(Base):
    __tablename__ = "notebooks"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    notes: Mapped[list["Note"]] = relationship(back_populates="notebook", cascade="all, delete-orphan")


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    notebook_id: Mapped[int] = mapped_column(ForeignKey("notebooks.id"))
    body: Mapped[str]
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)
    notebook: Mapped[Notebook] = relationship(back_populates="notes")


class NoteIn(BaseModel):
    body: str


def get_session():
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
app = FastAPI()


@app.post("/notebooks/{notebook_id}/notes", status_code=201)
def add_note(notebook_id: int, payload: NoteIn, session: SessionDep):
    notebook = session.get(Notebook, notebook_id)
    if notebook is None:
        raise HTTPException(status_code=404, detail="notebook not found")
    note = Note(notebook=notebook, body=payload.body)
    session.add(note)
    session.commit()
    return {"id": note.id, "created_at": note.created_at.isoformat()}


@app.get("/notebooks/{notebook_id}/notes")
def list_notes(notebook_id: int, session: SessionDep, limit: int = 50):
    rows = session.scalars(
        select(Note).where(Note.notebook_id == notebook_id).order_by(Note.created_at.desc()).li