// Package discord sends tagged data to Discord through discordgo: messages and webhook
// executions go to discord.com.
package discord

import "github.com/bwmarrin/discordgo"

type Player struct {
	Email    string `xborder:"personal,contact"`
	Location string `xborder:"sensitive,location-track"`
	Score    int
	Nick     string
}

func announce(p Player) {
	s, err := discordgo.New("Bot token")
	if err != nil {
		return
	}
	s.ChannelMessageSend("123", "New player "+p.Email) // want `personal data Player.Email flows to discord.com \(US, Discord\) via \(\*github.com/bwmarrin/discordgo.Session\).ChannelMessageSend`
	s.ChannelMessageSend("123", "New player "+p.Nick)

	s.ChannelMessageSendComplex("123", &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Title: "Seen at", Description: p.Location}}}) // want `sensitive personal data Player.Location flows to discord.com \(US, Discord\) via \(\*github.com/bwmarrin/discordgo.Session\).ChannelMessageSendComplex`
	s.ChannelMessageSendEmbed("123", &discordgo.MessageEmbed{Fields: []*discordgo.MessageEmbedField{{Name: "email", Value: p.Email}}})         // want `Player.Email flows to discord.com \(US, Discord\) via \(\*github.com/bwmarrin/discordgo.Session\).ChannelMessageSendEmbed`
}

func webhook(p *Player) {
	s, _ := discordgo.New("")
	s.WebhookExecute("456", "hook-token", false, &discordgo.WebhookParams{Content: "Player " + p.Email + " joined"}) // want `Player.Email flows to discord.com \(US, Discord\) via \(\*github.com/bwmarrin/discordgo.Session\).WebhookExecute`
	s.WebhookExecute("456", "hook-token", false, &discordgo.WebhookParams{Content: p.Nick + " joined"})
	s.WebhookThreadExecute("456", "hook-token", true, "789", &discordgo.WebhookParams{Content: p.Location}) // want `Player.Location flows to discord.com \(US, Discord\) via \(\*github.com/bwmarrin/discordgo.Session\).WebhookThreadExecute`
}

// A session handed in: the caller's session decides.
func post(s *discordgo.Session, p *Player) {
	s.ChannelMessageSend("123", p.Email)
}

func handedIn(p *Player) {
	s, _ := discordgo.New("Bot token")
	post(s, p) // want `Player.Email flows to discord.com \(US, Discord\)`
}
