package models

import (
	"time"

	"gorm.io/gorm"
)

type Customer struct {
	ID        uint           `gorm:"primaryKey"`
	Email     string         `gorm:"uniqueIndex;size:255;not null"`
	Name      string         `gorm:"size:120"`
	Orders    []Order        `gorm:"constraint:OnDelete:CASCADE"`
	CreatedAt time.Time
	DeletedAt gorm.DeletedAt `gorm:"index"`
}

type Order struct {
	ID         uint   `gorm:"primaryKey"`
	CustomerID uint   `gorm:"index;not null"`
	Status     string `gorm:"type:varchar(20);default:'pending'"`
	TotalCents int64
	CreatedAt  time.Time
}

func Migrate(db *gorm.DB) error {
	return db.AutoMigrate(&Customer{}, &Order{})
}
