from flask import Flask, jsonify, render_template, request

app = Flask(__name__)

TODOS = []


@app.route("/")
def index():
    return render_template("index.html", todos=TODOS)


@app.route("/api/todos", methods=["GET", "POST"])
def todos():
    if request.method == "POST":
        data = request.get_json(force=True)
        todo = {"id": len(TODOS) + 1, "title": data["title"], "done": False}
        TODOS.append(todo)
        return jsonify(todo), 201
    return jsonify(TODOS)


@app.route("/api/todos/<int:todo_id>", methods=["PATCH"])
def toggle(todo_id):
    for todo in TODOS:
        if todo["id"] == todo_id:
            todo["done"] = not todo["done"]
            return jsonify(todo)
    return jsonify({"error": "not found"}), 404


if __name__ == "__main__":
    app.run(debug=True, port=5000)
