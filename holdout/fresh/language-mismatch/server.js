from flask import Flask, jsonify, request
from werkzeug.exceptions import NotFound

app = Flask(__name__)

TODOS = {}


@app.get("/todos")
def list_todos():
    return jsonify(list(TODOS.values()))


@app.post("/todos")
def create_todo():
    data = request.get_json(force=True)
    todo_id = len(TODOS) + 1
    TODOS[todo_id] = {"id": todo_id, "title": data["title"], "done": False}
    return jsonify(TODOS[todo_id]), 201


@app.get("/todos/<int:todo_id>")
def get_todo(todo_id):
    if todo_id not in TODOS:
        raise NotFound()
    return jsonify(TODOS[todo_id])


if __name__ == "__main__":
    app.run(debug=True, port=5000)
