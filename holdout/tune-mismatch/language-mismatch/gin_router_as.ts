package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
)

type CreateTaskRequest struct {
	Title    string    `json:"title" binding:"required,min=3"`
	DueDate  time.Time `json:"due_date"`
	Priority int       `json:"priority" binding:"gte=1,lte=5"`
}

func main() {
	r := gin.Default()
	r.Use(gin.Recovery())

	api := r.Group("/api/v1")
	{
		api.GET("/tasks", listTasks)
		api.POST("/tasks", func(c *gin.Context) {
			var req CreateTaskRequest
			if err := c.ShouldBindJSON(&req); err != nil {
				c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
				return
			}
			c.JSON(http.StatusCreated, gin.H{"title": req.Title})
		})
	}

	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Fatal(r.Run(":" + port))
}
