// Package types is a stub of github.com/aws/aws-sdk-go-v2/service/dynamodb/types.
package types

// AttributeValue is one of the AttributeValueMember types.
type AttributeValue interface {
	isAttributeValue()
}

type AttributeValueMemberS struct {
	Value string
}

func (*AttributeValueMemberS) isAttributeValue() {}

type AttributeValueMemberN struct {
	Value string
}

func (*AttributeValueMemberN) isAttributeValue() {}

type AttributeValueMemberM struct {
	Value map[string]AttributeValue
}

func (*AttributeValueMemberM) isAttributeValue() {}

type PutRequest struct {
	Item map[string]AttributeValue
}

type WriteRequest struct {
	PutRequest *PutRequest
}
