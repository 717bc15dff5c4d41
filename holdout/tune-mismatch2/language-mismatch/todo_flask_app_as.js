from flask import Flask, jsonify, request, abort

app = Flask(__name__)

todos = [
    {"id": 1, "title": "Write docs", "done": False},
    {"id": 2, "title": "Ship v1", "done": True},
]


@app.route("/api/todos", methods=["GET"])
def list_todos():
    return jsonify(todos)


@app.route("/api/todos", methods=["POST"])
def add_todo():
    body = request.get_json(silent=True) or {}
    if "title" not in body:
        abort(400, description="title is required")
    todo = {"id": max(t["id"] for t in todos) + 1, "title": body["title"], "done": False}
    todos.append(todo)
    return jsonify(todo), 201


if __name__ == "__main__":
    app.run(debug=True, port=5000)
